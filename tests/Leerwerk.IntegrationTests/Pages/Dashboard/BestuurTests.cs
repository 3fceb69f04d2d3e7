using Leerwerk.Data.Identity;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Dashboard;

/// <summary>A board user sees the counts of every school of the bestuur; a user of one school only that school's.</summary>
[Collection(WebCollection.Name)]
public sealed class BestuurTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Dashboard_BoardUser_CountsBothSchoolsOfTheBestuur_SchoolUserOnlyTheirOwn()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await Arrange.ForeignSchoolAsync(factory);
        var second = await Arrange.ForeignSchoolAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var bestuur = new Bestuur { Name = $"Bestuur {Guid.NewGuid():N}"[..20], BevoegdGezagNummer = "41234" };
        db.Besturen.Add(bestuur);
        await db.SaveChangesAsync(ct);
        await db.Scholen.Where(s => s.Id == first.SchoolId || s.Id == second.SchoolId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.BestuurId, bestuur.Id), ct);
        var boardUser = await Arrange.UserAsync(factory, $"bestuur{Guid.NewGuid():N}"[..12], Roles.Coordinator);
        await db.Users.Where(u => u.Id == boardUser.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.BestuurId, bestuur.Id), ct);
        var schoolUser = await Arrange.UserAsync(factory, $"school{Guid.NewGuid():N}"[..12], Roles.Coordinator, first.SchoolId);
        using var board = await TestClient.LoggedInAsync(factory, boardUser.UserName!, Arrange.Password);
        using var school = await TestClient.LoggedInAsync(factory, schoolUser.UserName!, Arrange.Password);

        var boardCount = await LeerbedrijfCountAsync(board);
        var schoolCount = await LeerbedrijfCountAsync(school);

        Assert.Equal("2", boardCount);
        Assert.Equal("1", schoolCount);
    }

    // The second card: each arranged school has exactly one leerbedrijf, the demo school (not in the bestuur) twenty.
    private static async Task<string> LeerbedrijfCountAsync(TestClient client)
    {
        var (_, page) = await client.GetPageAsync("/");
        return page.QuerySelectorAll(".card .value")[1].TextContent;
    }
}
