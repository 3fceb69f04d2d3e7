using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>Placements with hours for the stage-hour pages: a fresh student of the demo school each time.</summary>
public static partial class Arrange
{
    /// <summary>
    /// A new student of the demo school (without an LWT route decision, so the demo's LWT totals that other tests count stay 60) in <paramref name="className"/> with an active placement around today
    /// (rooster 8 hours on Monday, Tuesday and Thursday) and the given entries.
    /// </summary>
    public static async Task<Placement> PlacementAsync(LeerwerkAppFactory factory, string? className = null, DateOnly? start = null, DateOnly? end = null,
        params (DateOnly Date, decimal Hours, UrenStatus Status)[] hours)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        var company = await CompanyAsync(factory);
        var schoolId = company.SchoolId;
        await using var db = factory.CreateSystemDbContext();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = $"T{suffix}",
            FirstName = $"Proef{suffix}",
            LastName = $"Zandvoort{suffix}",
            BirthDate = new DateOnly(2011, 3, 3),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            ClassName = className ?? $"K{suffix}",
        };
        db.Leerlingen.Add(student);
        await db.SaveChangesAsync(ct);

        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = schoolId,
            LeerlingId = student.Id,
            LeerbedrijfId = company.Id,
            PraktijkbegeleiderId = company.Praktijkbegeleiders[0].Id,
            StartDate = start ?? Today.AddMonths(-2),
            EndDate = end ?? Today.AddMonths(6),
            Rooster = new Rooster { Monday = 8m, Tuesday = 8m, Thursday = 7.5m },
        };
        Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.Actief);
        db.Leerwerkovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(ct);

        db.StageUren.AddRange(hours.Select(h => new StageUrenRegel
        {
            SchoolId = schoolId,
            LeerlingId = student.Id,
            LeerwerkovereenkomstId = agreement.Id,
            Date = h.Date,
            Hours = h.Hours,
            Status = h.Status,
            EnteredBy = "coordinator",
            EnteredAt = h.Date.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc),
            ReviewedBy = h.Status == UrenStatus.Goedgekeurd ? "Piet Begeleider" : null,
        }));
        await db.SaveChangesAsync(ct);
        return new Placement(schoolId, student.Id, agreement.Id, student.FirstName, student.LastName, student.ClassName, company.Name);
    }

    /// <summary>The Monday of the week before the current one: a whole past week, inside any placement made above.</summary>
    public static DateOnly LastWeekMonday => StageWeekOf(Today).Monday.AddDays(-7);

    public static StageWeek StageWeekOf(DateOnly date) => StageWeek.Of(date);

    /// <summary>Gives the placement an approval link directly (as the management page does) and returns the token.</summary>
    public static async Task<string> ApprovalTokenAsync(LeerwerkAppFactory factory, int agreementId, bool revoke = false)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        await using var db = factory.CreateSystemDbContext();
        var agreement = await db.Leerwerkovereenkomsten.FindAsync([agreementId], ct) ?? throw new InvalidOperationException("No agreement " + agreementId);
        var token = Goedkeuringslink.Issue(agreement, UtcNow);
        if (revoke)
        {
            Goedkeuringslink.Revoke(agreement, UtcNow);
        }

        await db.SaveChangesAsync(ct);
        return token;
    }

    public sealed record Placement(int SchoolId, int LeerlingId, int AgreementId, string FirstName, string LastName, string ClassName, string CompanyName);
}
