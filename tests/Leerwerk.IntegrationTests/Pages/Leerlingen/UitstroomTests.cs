using System.Net;
using System.Security.Claims;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Bevindingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>
/// A student who left the school is no current student: recorded on <c>/Leerlingen/Uitstroom/{id}</c>, the student leaves
/// the default list for the filter "uitgestroomd" and the worklist has nothing on them. A fresh demo of its own.
/// </summary>
public sealed class UitstroomTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    [Fact]
    public async Task Uitstroom_StudentWithFindings_LeavesListAndWorklistShowsUnderUitgestroomd()
    {
        var ct = TestContext.Current.CancellationToken;
        int id;
        await using (var db = factory.CreateSystemDbContext())
        {
            id = await db.Leerlingen.Where(l => l.Leerlingnummer == "24003").Select(l => l.Id).SingleAsync(ct);
        }

        Assert.NotEmpty(await WorklistAsync(id, ct));
        using var client = await TestClient.LoggedInAsync(factory);
        var defaultList = await ListTextAsync(client);
        Assert.Contains("24003", defaultList, StringComparison.Ordinal);
        Assert.DoesNotContain("24062", defaultList, StringComparison.Ordinal);

        var incomplete = await client.SubmitFormAsync($"/Leerlingen/Uitstroom/{id}", "#uitstroom", new Dictionary<string, string>
        {
            ["Input.UitgestroomdOp"] = Arrange.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Reden"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("Kies waarom de leerling de school verliet.", await incomplete.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        var saved = await client.SubmitFormAsync($"/Leerlingen/Uitstroom/{id}", "#uitstroom", new Dictionary<string, string>
        {
            ["Input.UitgestroomdOp"] = Arrange.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Reden"] = nameof(UitstroomReden.Overstap),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Empty(await WorklistAsync(id, ct));
        Assert.DoesNotContain("24003", await ListTextAsync(client), StringComparison.Ordinal);
        var (_, left) = await client.GetPageAsync("/Leerlingen?status=uitgestroomd");
        var numbers = left.QuerySelectorAll("table tbody tr td:first-child").Select(c => c.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["24003", "24062"], numbers);
        var (_, details) = await client.GetPageAsync($"/Leerlingen/Details/{id}");
        Assert.Contains("overstap naar een andere school", details.QuerySelector("#uitstroom")!.TextContent, StringComparison.Ordinal);
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Contains(await db.Audit.Where(a => a.EntityType == "Leerling" && a.Action == "gewijzigd").Select(a => a.Changes).ToListAsync(ct),
                c => c.Contains("UitstroomReden", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Uitstroom_DemoGraduate_ShowsHerDoorstroomToNiveau2()
    {
        int id;
        await using (var db = factory.CreateSystemDbContext())
        {
            id = await db.Leerlingen.Where(l => l.Leerlingnummer == "24062").Select(l => l.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        using var client = await TestClient.LoggedInAsync(factory);
        var (response, page) = await client.GetPageAsync($"/Leerlingen/Uitstroom/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Helpende zorg en welzijn (niveau 2) bij ROC Betuwe Vakcollege", page.QuerySelector("#doorstroom")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await WorklistAsync(id, TestContext.Current.CancellationToken));
    }

    private async Task<IReadOnlyList<Bevinding>> WorklistAsync(int id, CancellationToken ct)
    {
        await using var db = factory.CreateSystemDbContext();
        var coordinator = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Coordinator)], "test"));
        return [.. (await SchoolBevindingen.EvaluateAsync(db, new VersionedResults(TimeProvider.System), coordinator, Arrange.Today, ct)).Where(b => b.Soort == OnderwerpSoort.Leerling && b.OnderwerpId == id)];
    }

    // The student list pages by 50: the whole default list, every page's table.
    private static async Task<string> ListTextAsync(TestClient client) =>
        string.Concat((await client.GetAllPagesAsync("/Leerlingen")).Select(p => p.QuerySelector("table")!.TextContent));
}
