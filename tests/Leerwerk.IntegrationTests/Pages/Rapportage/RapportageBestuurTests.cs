using Leerwerk.Data.Identity;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Rapportage;

/// <summary>A board user's report counts per school of the bestuur and in total; a user of one school gets no per-school table.</summary>
[Collection(WebCollection.Name)]
public sealed class RapportageBestuurTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Rapportage_BoardUser_CountsPerSchoolAndTotal_SchoolUserNoPerSchoolTable()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await Arrange.ForeignSchoolAsync(factory);
        var second = await Arrange.ForeignSchoolAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var bestuur = new Bestuur { Name = $"Bestuur {Guid.NewGuid():N}"[..20] };
        db.Besturen.Add(bestuur);
        await db.SaveChangesAsync(ct);
        await db.Scholen.Where(s => s.Id == first.SchoolId || s.Id == second.SchoolId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.BestuurId, bestuur.Id), ct);
        var names = await db.Scholen.Where(s => s.BestuurId == bestuur.Id).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct);
        var boardUser = await Arrange.UserAsync(factory, $"rb{Guid.NewGuid():N}"[..12], Roles.Coordinator);
        await db.Users.Where(u => u.Id == boardUser.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.BestuurId, bestuur.Id), ct);
        var schoolUser = await Arrange.UserAsync(factory, $"rs{Guid.NewGuid():N}"[..12], Roles.Coordinator, first.SchoolId);
        using var board = await TestClient.LoggedInAsync(factory, boardUser.UserName!, Arrange.Password);
        using var school = await TestClient.LoggedInAsync(factory, schoolUser.UserName!, Arrange.Password);

        var (_, boardPage) = await board.GetPageAsync("/Rapportage");
        var (_, schoolPage) = await school.GetPageAsync("/Rapportage");

        // Each arranged school has one student and one leer-werkovereenkomst.
        var rows = boardPage.QuerySelectorAll("#per-school tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(names.Select(n => $"{n} | 1 | 0 | 0 | 1"), rows);
        var total = string.Join(" | ", boardPage.QuerySelector("#per-school tfoot tr")!.Children.Select(c => c.TextContent.Trim()));
        Assert.Equal("Totaal | 2 | 0 | 0 | 2", total);
        Assert.Null(schoolPage.QuerySelector("#per-school"));
    }
}
