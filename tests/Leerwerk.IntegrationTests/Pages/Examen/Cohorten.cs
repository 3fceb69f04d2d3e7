using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Examen;

/// <summary>
/// A small cohort of leerjaar 4 LWT candidates in a class of its own in the demo school, so a test can filter the exam
/// pages on it and change grades without touching the demo's candidates or another test's.
/// </summary>
internal static class Cohorten
{
    /// <summary>The subjects of each candidate: Nederlands, the profielvak, four keuzevakken and rekenen, without grades.</summary>
    public static readonly (string Naam, VakSoort Soort, VakDeel? Deel)[] Vakken =
    [
        ("Nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk),
        ("Groen", VakSoort.Profielvak, VakDeel.Profieldeel),
        ("Groen ontwerp", VakSoort.Keuzevak, VakDeel.Vrij),
        ("Tuinaanleg", VakSoort.Keuzevak, VakDeel.Vrij),
        ("Bloemwerk", VakSoort.Keuzevak, VakDeel.Vrij),
        ("Dierverzorging", VakSoort.Keuzevak, VakDeel.Vrij),
        ("Rekenen", VakSoort.Rekenen, null),
    ];

    /// <summary>Makes <paramref name="aantal"/> candidates in a new class; returns the class and their leerlingnummers.</summary>
    public static async Task<(string Klas, List<Leerling> Leerlingen)> MaakAsync(LeerwerkAppFactory factory, int aantal, int? schoolId = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var school = schoolId ?? await Arrange.DemoSchoolIdAsync(factory);
        var klas = $"T{Guid.NewGuid():N}"[..8];
        await using var db = factory.CreateSystemDbContext();
        var leerlingen = new List<Leerling>();
        for (var i = 0; i < aantal; i++)
        {
            var leerling = new Leerling
            {
                SchoolId = school,
                Leerlingnummer = $"C{Guid.NewGuid():N}"[..10],
                FirstName = $"Kandidaat{i + 1}",
                LastName = klas,
                BirthDate = Arrange.Today.AddYears(-16),
                Leerweg = Leerweg.Bb,
                ProfielCode = "GR",
                Leerjaar = 4,
                ClassName = klas,
            };
            leerling.Routes.Add(new RouteBesluit { SchoolId = school, Route = Leerroute.LeerWerktraject, StartDate = Arrange.Today.AddYears(-1), DecidedBy = "test" });
            foreach (var (naam, soort, deel) in Vakken)
            {
                leerling.Vakken.Add(new Vak { SchoolId = school, Name = naam, Soort = soort, Deel = deel });
            }

            leerlingen.Add(leerling);
        }

        db.Leerlingen.AddRange(leerlingen);
        await db.SaveChangesAsync(ct);
        return (klas, leerlingen);
    }

    /// <summary>Maps the vakcodes of <see cref="Vakken"/> (NE, GR, K1–K4, RE) for the demo school, once per app.</summary>
    public static async Task VakcodesAsync(LeerwerkAppFactory factory)
    {
        var ct = TestContext.Current.CancellationToken;
        var school = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        string[] codes = ["NE", "GR", "K1", "K2", "K3", "K4", "RE"];
        for (var i = 0; i < codes.Length; i++)
        {
            if (!await db.VakCodes.AnyAsync(v => v.SchoolId == school && v.Code == codes[i], ct))
            {
                db.VakCodes.Add(new VakCode { SchoolId = school, Code = codes[i], Name = Vakken[i].Naam, Soort = Vakken[i].Soort, Deel = Vakken[i].Deel });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A grade file in which each candidate passes (LWT: Nederlands, profielvak and keuzevakken at least 6) unless named in <paramref name="zakt"/>.</summary>
    public static byte[] Bestand(IEnumerable<Leerling> leerlingen, params string[] zakt)
    {
        var regels = new List<string> { "leerlingnummer;vakcode;se;ce;ce_herkansing" };
        foreach (var l in leerlingen)
        {
            var nederlands = zakt.Contains(l.Leerlingnummer) ? "4,8;5,0" : "6,4;6,8";
            regels.AddRange([$"{l.Leerlingnummer};NE;{nederlands};", $"{l.Leerlingnummer};GR;7,0;6,6;", $"{l.Leerlingnummer};K1;7;;",
                $"{l.Leerlingnummer};K2;6,5;;", $"{l.Leerlingnummer};K3;6;;", $"{l.Leerlingnummer};K4;8;;", $"{l.Leerlingnummer};RE;5,5;;"]);
        }

        return System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", regels));
    }
}
