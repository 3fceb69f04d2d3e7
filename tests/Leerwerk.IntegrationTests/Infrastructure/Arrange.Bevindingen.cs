using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>Students with a known finding for the worklist tests: a class of its own, so no other test changes what they see.</summary>
public static partial class Arrange
{
    /// <summary>
    /// <paramref name="count"/> new students of the demo school in class <paramref name="klas"/>, each with an agreement at one
    /// new company that started a month ago and that nobody signed: each has an E6 finding (MOET).
    /// </summary>
    public static async Task<IReadOnlyList<Leerling>> UnsignedPlacementsAsync(LeerwerkAppFactory factory, string klas, int count)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        var company = await CompanyAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var students = Enumerable.Range(0, count).Select(i => new Leerling
        {
            SchoolId = company.SchoolId,
            Leerlingnummer = $"{klas}-{i:D3}",
            FirstName = $"Werk{i:D3}",
            LastName = $"Lijst{klas}",
            BirthDate = new DateOnly(2011, 6, 6),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            ClassName = klas,
        }).ToList();
        db.Leerlingen.AddRange(students);
        await db.SaveChangesAsync(ct);
        db.Leerwerkovereenkomsten.AddRange(students.Select(s =>
        {
            var agreement = new Leerwerkovereenkomst
            {
                SchoolId = company.SchoolId,
                LeerlingId = s.Id,
                LeerbedrijfId = company.Id,
                PraktijkbegeleiderId = company.Praktijkbegeleiders[0].Id,
                StartDate = Today.AddMonths(-1),
                EndDate = Today.AddMonths(6),
                Rooster = new Rooster { Monday = 8m, Tuesday = 8m },
            };
            Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.Actief);
            return agreement;
        }));
        await db.SaveChangesAsync(ct);
        return students;
    }

    /// <summary>A class name no demo class and no other test uses.</summary>
    public static string NewClassName() => $"B{Guid.NewGuid():N}"[..8];
}
