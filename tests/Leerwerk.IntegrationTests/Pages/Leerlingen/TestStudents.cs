using System.Globalization;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>Students of the demo school made for one test, so tests that change data never touch each other's records.</summary>
internal static class TestStudents
{
    public static string NewNumber() => "T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();



    public static async Task<Leerling> CreateAsync(LeerwerkAppFactory factory, string firstName = "Noor")
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = NewNumber(),
            FirstName = firstName,
            Tussenvoegsel = "van",
            LastName = "Testhoven",
            BirthDate = Arrange.Today.AddYears(-15),
            Leerweg = Leerweg.Bb,
            Leerjaar = 3,
            ProfielCode = "ZW",
            ClassName = "3B1",
            MentorName = "Dennis Bakker",
        };
        student.Vertegenwoordigers.Add(new WettelijkVertegenwoordiger
        {
            SchoolId = schoolId,
            Name = "Ilse van Testhoven",
            Relation = "moeder",
            Email = "ilse@example.nl",
            Phone = "06-12345678",
        });
        await using var db = factory.CreateSystemDbContext();
        db.Leerlingen.Add(student);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return student;
    }

    public static async Task<Leerling> LoadAsync(LeerwerkAppFactory factory, int id)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Leerlingen.AsNoTracking().Include(l => l.Vertegenwoordigers)
            .SingleAsync(l => l.Id == id, TestContext.Current.CancellationToken);
    }

    /// <summary>A complete, valid form for a new student.</summary>
    public static Dictionary<string, string> ValidForm(string number) => new()
    {
        ["Input.Leerlingnummer"] = number,
        ["Input.FirstName"] = "Sem",
        ["Input.Tussenvoegsel"] = "",
        ["Input.LastName"] = "Jansen",
        ["Input.BirthDate"] = Arrange.Today.AddYears(-15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Leerweg"] = "Bb",
        ["Input.Leerjaar"] = "3",
        ["Input.ProfielCode"] = "GR",
        ["Input.ClassName"] = "3B2",
        ["Input.MentorName"] = "Fatma Öztürk",
        ["Input.ParentName"] = "Karin Jansen",
        ["Input.ParentRelation"] = "moeder",
        ["Input.ParentEmail"] = "karin@example.nl",
        ["Input.ParentPhone"] = "06-87654321",
    };
}
