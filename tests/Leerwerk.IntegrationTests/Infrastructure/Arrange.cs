using Leerwerk.Data.Identity;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>Arranges data and accounts that the demo does not have: a second school, extra users.</summary>
public static class Arrange
{
    public const string Password = "test-wachtwoord-123";

    /// <summary>A second school with one student, and a coordinator who belongs only to it.</summary>
    public static async Task<(School School, Leerling Student, string UserName)> OtherSchoolAsync(LeerwerkAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using var db = factory.CreateSystemDbContext();
        var school = new School { Name = $"Andere school {suffix}", BevoegdGezag = "Stichting Elders", Brin = "98ZZ", Regio = Regio.Noord };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var student = new Leerling
        {
            SchoolId = school.Id,
            Leerlingnummer = $"X{suffix}",
            FirstName = "Geheim",
            LastName = "Elders",
            BirthDate = new DateOnly(2011, 3, 1),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
        };
        db.Leerlingen.Add(student);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var userName = $"elders{suffix}";
        await UserAsync(factory, userName, Roles.Coordinator, school.Id);
        return (school, student, userName);
    }

    /// <summary>Creates a user with <see cref="Password"/>, a role and its schools.</summary>
    public static async Task<LeerwerkUser> UserAsync(LeerwerkAppFactory factory, string userName, string role, params int[] schoolIds)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LeerwerkUser>>();
        var user = new LeerwerkUser { UserName = userName, DisplayName = userName };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        await using var db = factory.CreateSystemDbContext();
        db.UserSchools.AddRange(schoolIds.Select(id => new UserSchool { UserId = user.Id, SchoolId = id }));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user;
    }
}
