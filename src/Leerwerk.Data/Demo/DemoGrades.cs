using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Data.Demo;

/// <summary>The LWT exam programme: in leerjaar 4 with SE and CE grades (<see cref="DemoExamenCijfers"/>), in leerjaar 3 without grades yet.</summary>
internal static class DemoGrades
{
    /// <summary>The keuzevakken per profiel; the school offers all of them (see <see cref="DemoKeuzevakken"/>).</summary>
    internal static readonly Dictionary<string, string[]> Keuzevakken = new()
    {
        ["ZW"] = ["Mens en gezondheid", "Welzijn kind en jongere", "Assisteren in de gezondheidszorg", "Ondersteunen bij sport en bewegen"],
        ["GR"] = ["Groene vormgeving en styling", "Dier en zorg", "Teelt en gebruik van groene ruimte", "Werken in het groen"],
        ["DP"] = ["Facilitaire dienstverlening", "Schoonmaak en hygiëne", "Voorkomen van ongevallen", "Ondernemen"],
        ["PIE"] = ["Plaatbewerken", "Elektrotechnische installaties", "Domotica", "Verspanen"],
        ["BWI"] = ["Timmeren", "Metselen", "Schilderen van hout en metaal", "Meubelmaken"],
        ["EO"] = ["Presentatie en styling", "Webshop", "Logistiek", "Ondernemen"],
        ["HBR"] = ["Brood en banket", "Gastheerschap", "De bijzondere keuken", "Patisserie"],
        ["MT"] = ["Autotechniek basis", "Fietstechniek", "Carrosserie", "Transport en logistiek"],
        ["MAT"] = ["Constructie", "Navigatie en veiligheid", "Elektrotechniek", "Motortechniek"],
    };

    public static void Add(Leerling student, Random random)
    {
        if (student.ProfielCode is null)
        {
            return;
        }

        if (student.Leerjaar == 3)
        {
            AddProgramme(student);
            return;
        }

        if (student.Leerjaar != 4)
        {
            return;
        }

        var profiel = Domain.Profielen.Profielen.Find(student.ProfielCode)!;
        Add(student, "Nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk, OneDecimal(random, 5.4m));
        Add(student, $"Profielvak {profiel.Name.ToLowerInvariant()}", VakSoort.Profielvak, VakDeel.Profieldeel, OneDecimal(random, 5.8m));
        var names = Keuzevakken[student.ProfielCode];
        for (var i = 0; i < names.Length; i++)
        {
            // The first two keuzevakken: a PTA average with two decimals; DemoExamenCijfers gives the others theirs.
            decimal? se = i < 2 ? Math.Round(5.5m + (decimal)random.NextDouble() * 3m, 2, MidpointRounding.AwayFromZero) : null;
            Add(student, names[i], VakSoort.Keuzevak, VakDeel.Vrij, se, student.ProfielCode);
        }

        Add(student, "Rekenen", VakSoort.Rekenen, null, OneDecimal(random, 4.5m));
        if (random.Next(4) == 0)
        {
            // A student who also takes Engels, wholly, with the school's consent (rule C3).
            Add(student, "Engels", VakSoort.Engels, VakDeel.Extra, OneDecimal(random, 5.0m));
        }

        DemoExamenCijfers.Add(student);
    }

    /// <summary>
    /// Leerjaar 3 follows the same programme (C1, C2, C8) without grades yet: the PTA's grades start in leerjaar 4.
    /// Takes no random numbers, so the rest of the demo (hours, Engels) stays as it was.
    /// </summary>
    private static void AddProgramme(Leerling student)
    {
        var profiel = Domain.Profielen.Profielen.Find(student.ProfielCode!)!;
        Add(student, "Nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk, null);
        Add(student, $"Profielvak {profiel.Name.ToLowerInvariant()}", VakSoort.Profielvak, VakDeel.Profieldeel, null);
        foreach (var name in Keuzevakken[student.ProfielCode!])
        {
            Add(student, name, VakSoort.Keuzevak, VakDeel.Vrij, null, student.ProfielCode);
        }

        Add(student, "Rekenen", VakSoort.Rekenen, null, null);
    }

    private static decimal OneDecimal(Random random, decimal from) =>
        Math.Round(from + (decimal)random.NextDouble() * 2.6m, 1, MidpointRounding.AwayFromZero);

    private static void Add(Leerling student, string name, VakSoort soort, VakDeel? deel, decimal? se, string? moduleProfiel = null) =>
        student.Vakken.Add(new Vak { SchoolId = student.SchoolId, Name = name, Soort = soort, Deel = deel, Se = se, ModuleProfielCode = moduleProfiel });
}
