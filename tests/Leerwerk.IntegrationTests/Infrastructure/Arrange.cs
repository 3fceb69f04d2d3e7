using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>Arranges data and accounts that the demo does not have: extra users, a second school, companies.</summary>
public static partial class Arrange
{
    public const string Password = "test-wachtwoord-123";

    /// <summary>A second school (see <see cref="ForeignSchoolAsync"/>) and a coordinator who belongs only to it.</summary>
    public static async Task<(ForeignRecords Records, string UserName)> OtherSchoolUserAsync(LeerwerkAppFactory factory)
    {
        var records = await ForeignSchoolAsync(factory);
        var userName = $"elders{Guid.NewGuid():N}"[..12];
        await UserAsync(factory, userName, Roles.Coordinator, records.SchoolId);
        return (records, userName);
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
