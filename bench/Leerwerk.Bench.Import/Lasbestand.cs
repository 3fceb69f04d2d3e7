using System.Globalization;
using System.Text;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Bench.Import;

/// <summary>One student of the benchmark's LAS export, with the values as the database stores them.</summary>
internal sealed record BenchLeerling(
    string Leerlingnummer,
    string Roepnaam,
    string? Tussenvoegsel,
    string Achternaam,
    DateOnly Geboortedatum,
    Leerweg Leerweg,
    int Leerjaar,
    string? ProfielCode,
    string Klas,
    string Mentor,
    string? OuderNaam,
    string? OuderEmail,
    string? OuderTelefoon);

/// <summary>
/// A deterministic LAS export of <c>aantal</c> new students as a Magister-style CSV (';', UTF-8, Dutch dates): leerjaar
/// 1–4, BB and KB, a profiel from leerjaar 3, a klas and a mentor for everyone, a tussenvoegsel for one in four and a
/// parent (name, e-mail, phone) for two in three. The same rows, typed, feed the raw insert of the baseline.
/// </summary>
internal static class Lasbestand
{
    /// <summary>The day the import runs: the birth dates make every student 11 to 16 on it.</summary>
    public static readonly DateOnly Vandaag = new(2026, 9, 14);

    private static readonly string[] Roepnamen = ["Zoë", "Noël", "Daan", "Sanne", "Mohammed", "Fleur", "Jesse", "Lotte", "Aylin", "Bram", "Iris", "Sem"];
    private static readonly string[] Achternamen = ["Jansen", "Bakker", "Visser", "Smit", "Meijer", "Yılmaz", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker"];
    private static readonly string[] Tussenvoegsels = ["van", "de", "van der", "van den"];
    private static readonly string[] Mentoren = ["D. Bakker", "M. el Amrani", "J. de Groot", "P. Verhoeven", "S. Öztürk"];
    private static readonly string[] Profielen = ["ZW", "GR", "DP", "EO", "BWI", "PIE", "MT", "MVI", "HBR", "MAT"];

    public static List<BenchLeerling> Leerlingen(int aantal) => [.. Enumerable.Range(0, aantal).Select(Leerling)];

    /// <summary>The CSV as the import page receives it: a header the import recognises, then a line per student.</summary>
    public static byte[] Csv(IReadOnlyList<BenchLeerling> leerlingen)
    {
        var csv = new StringBuilder("Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Leerweg;Leerjaar;Profiel;Klas;Mentor;Naam ouder;E-mail ouder;Telefoon ouder\r\n");
        foreach (var l in leerlingen)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{l.Leerlingnummer};{l.Roepnaam};{l.Tussenvoegsel};{l.Achternaam};{l.Geboortedatum:dd-MM-yyyy};")
                .Append(CultureInfo.InvariantCulture, $"{l.Leerweg.ToString().ToUpperInvariant()};{l.Leerjaar};{l.ProfielCode};{l.Klas};{l.Mentor};{l.OuderNaam};{l.OuderEmail};{l.OuderTelefoon}\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static BenchLeerling Leerling(int i)
    {
        var leerjaar = 1 + (i % 4);
        var leerweg = i % 5 < 3 ? Leerweg.Bb : Leerweg.Kb;
        var achternaam = Achternamen[(i / 12) % Achternamen.Length];
        var ouder = i % 3 != 2;
        return new BenchLeerling(
            Leerlingnummer: $"B{i:D7}",
            Roepnaam: Roepnamen[i % Roepnamen.Length],
            Tussenvoegsel: i % 4 == 0 ? Tussenvoegsels[(i / 4) % Tussenvoegsels.Length] : null,
            Achternaam: achternaam,
            Geboortedatum: Vandaag.AddYears(-(11 + leerjaar)).AddDays(-(i % 360)),
            Leerweg: leerweg,
            Leerjaar: leerjaar,
            ProfielCode: leerjaar >= 3 ? Profielen[i % Profielen.Length] : null,
            Klas: string.Create(CultureInfo.InvariantCulture, $"{leerjaar}{(leerweg == Leerweg.Bb ? 'B' : 'K')}{(i % 6) + 1}"),
            Mentor: Mentoren[i % Mentoren.Length],
            OuderNaam: ouder ? $"{Roepnamen[(i + 5) % Roepnamen.Length]} {achternaam}" : null,
            OuderEmail: ouder ? string.Create(CultureInfo.InvariantCulture, $"ouder{i}@example.nl") : null,
            OuderTelefoon: ouder ? string.Create(CultureInfo.InvariantCulture, $"06-{10_000_000 + i}") : null);
    }
}
