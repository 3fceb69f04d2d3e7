using System.Globalization;
using Leerwerk.Data.Demo;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Tests;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>Records the page tests arrange through the system context: companies, and a second school's records.</summary>
public static partial class Arrange
{
    /// <summary>A KvK number no demo company has (those start with 30 or 31).</summary>
    public static string NewKvkNumber() => Random.Shared.Next(90_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The app's today: the pinned date of <see cref="TestClock"/>.</summary>
    public static DateOnly Today => TestClock.Today;

    /// <summary>The app's now, in UTC, for records that store an instant.</summary>
    public static DateTime UtcNow => TestClock.Instance.UtcDateTime;

    public static async Task<int> DemoSchoolIdAsync(LeerwerkAppFactory factory)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The demo school's students on the leer-werktraject today: 60 in the demo, plus those other tests add.</summary>
    public static async Task<List<Leerling>> LwtStudentsTodayAsync(LeerwerkAppFactory factory)
    {
        var schoolId = await DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var students = await db.Leerlingen.Include(l => l.Routes).Where(l => l.SchoolId == schoolId)
            .ToListAsync(TestContext.Current.CancellationToken);
        // A student who left the school (the demo's graduate 24062) is no current LWT student.
        var lwt = students.Where(l => l.RouteOn(Today) == Leerroute.LeerWerktraject && !l.IsUitgestroomdOp(Today)).ToList();
        Assert.True(lwt.Count >= 60, $"the demo school has 60 LWT students, found {lwt.Count}");
        return lwt;
    }

    /// <summary>A leerbedrijf of the demo school with one praktijkbegeleider, for tests that change it.</summary>
    public static async Task<Leerbedrijf> CompanyAsync(LeerwerkAppFactory factory, params Erkenning[] erkenningen)
    {
        var schoolId = await DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var company = new Leerbedrijf { SchoolId = schoolId, Name = $"Testbedrijf {Guid.NewGuid():N}"[..24], KvkNumber = NewKvkNumber(), City = "Tiel" };
        company.Praktijkbegeleiders.Add(new Praktijkbegeleider { SchoolId = schoolId, Name = "Piet Begeleider", Function = "Chef", IsQualified = true });
        foreach (var erkenning in erkenningen)
        {
            erkenning.SchoolId = schoolId;
            company.Erkenningen.Add(erkenning);
        }

        db.Leerbedrijven.Add(company);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return company;
    }

    /// <summary>A second school with a company, an mbo partner, a samenwerking, a student and a placement: none visible to demo users.</summary>
    public static async Task<ForeignRecords> ForeignSchoolAsync(LeerwerkAppFactory factory)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = factory.CreateSystemDbContext();
        var school = new School { Name = $"Andere school {Guid.NewGuid():N}"[..20], BevoegdGezag = "Stichting Anders", Brin = "98ZZ", Regio = Regio.Noord };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(ct);

        var company = new Leerbedrijf { SchoolId = school.Id, Name = "Bedrijf van een andere school", KvkNumber = NewKvkNumber() };
        company.Praktijkbegeleiders.Add(new Praktijkbegeleider { SchoolId = school.Id, Name = "Vreemde Begeleider" });
        var partner = new MboInstelling { SchoolId = school.Id, Name = "ROC Elders", BevoegdGezag = "Stichting ROC Elders" };
        var student = new Leerling
        {
            SchoolId = school.Id,
            Leerlingnummer = "X1",
            FirstName = "Vreemde",
            LastName = "Leerling",
            BirthDate = new DateOnly(2011, 1, 1),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
        };
        db.AddRange(company, partner, student);
        await db.SaveChangesAsync(ct);

        var samenwerking = new Samenwerkingsovereenkomst { SchoolId = school.Id, MboInstellingId = partner.Id, StartDate = new DateOnly(2024, 8, 1) };
        var leerwerk = new Leerwerkovereenkomst
        {
            SchoolId = school.Id,
            LeerlingId = student.Id,
            LeerbedrijfId = company.Id,
            StartDate = new DateOnly(2026, 9, 1),
            EndDate = new DateOnly(2027, 7, 1),
        };
        db.AddRange(samenwerking, leerwerk);
        await db.SaveChangesAsync(ct);
        return new ForeignRecords(school.Id, company.Id, company.Praktijkbegeleiders[0].Id, partner.Id, samenwerking.Id, student.Id, leerwerk.Id);
    }

    public sealed record ForeignRecords(int SchoolId, int LeerbedrijfId, int PraktijkbegeleiderId, int MboInstellingId, int SamenwerkingId, int LeerlingId,
        int LeerwerkId);
}
