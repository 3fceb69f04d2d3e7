using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>A concept agreement ready to go out for signing: a minor with one parent, all four addresses on record.</summary>
public static partial class Arrange
{
    public const string SignatoryEmail = "bestuurder@svo-rivierenland.example";

    /// <summary>
    /// A new minor student of the demo school (with an e-mail address and one parent with one, unless
    /// <paramref name="parentEmail"/> is false) and a complete concept agreement at a fresh leerbedrijf whose
    /// praktijkbegeleider has an address; the demo school's signatory gets <see cref="SignatoryEmail"/>.
    /// </summary>
    public static async Task<SigningPlacement> SigningPlacementAsync(LeerwerkAppFactory factory, bool parentEmail = true)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        var company = await CompanyAsync(factory);
        var schoolId = company.SchoolId;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var db = factory.CreateSystemDbContext();
        var school = await db.Scholen.SingleAsync(s => s.Id == schoolId, ct);
        school.SignatoryEmail ??= SignatoryEmail;
        var supervisor = await db.Praktijkbegeleiders.SingleAsync(p => p.LeerbedrijfId == company.Id, ct);
        supervisor.Email = $"piet.{suffix}@bedrijf.example";
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = $"O{suffix}",
            FirstName = $"Teken{suffix}",
            LastName = $"Vos{suffix}",
            BirthDate = Today.AddYears(-15),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            Email = $"leerling.{suffix}@school.example",
        };
        student.Vertegenwoordigers.Add(new WettelijkVertegenwoordiger
        {
            SchoolId = schoolId,
            Name = $"Anna Vos{suffix}",
            Relation = "moeder",
            Email = parentEmail ? $"ouder.{suffix}@thuis.example" : null,
        });
        db.Leerlingen.Add(student);
        await db.SaveChangesAsync(ct);
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = schoolId,
            LeerlingId = student.Id,
            LeerbedrijfId = company.Id,
            PraktijkbegeleiderId = supervisor.Id,
            MentorName = "J. Mentor",
            Inhoud = "Meewerken in de keuken.",
            Leerdoelen = "Werken volgens recept.",
            Beoordelingsmaatstaven = "Beoordeling door de praktijkbegeleider.",
            Begeleiding = "Wekelijks contact.",
            VoortijdigeBeeindiging = "In overleg, met een week opzegtermijn.",
            StartDate = Today.AddMonths(1),
            EndDate = Today.AddMonths(6),
            PlannedHours = 240m,
            Rooster = new Rooster { Monday = 8m, Tuesday = 8m },
        };
        db.Leerwerkovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(ct);
        return new SigningPlacement(schoolId, agreement.Id, student.FullName, student.Email, supervisor.Email, student.Vertegenwoordigers[0].Email);
    }

    public sealed record SigningPlacement(int SchoolId, int AgreementId, string StudentName, string StudentEmail, string SupervisorEmail, string? ParentEmail);
}
