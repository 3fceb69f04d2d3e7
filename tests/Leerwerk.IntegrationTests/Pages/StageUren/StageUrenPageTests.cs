using System.Globalization;
using System.Net;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

[Collection(WebCollectionB.Name)]
public sealed class StageUrenPageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Index_Coordinator_ShowsCountedHoursPerStudentWithDecimalCommas()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.OrderBy(l => l.Leerlingnummer).FirstAsync(TestContext.Current.CancellationToken);
        var dossier = (await db.LoadDossierAsync(student.Id, TestContext.Current.CancellationToken))!;
        var expected = StageUrenTotaal.Of(dossier).Hours;

        var (response, _) = await client.GetPageAsync("/StageUren");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = (await client.GetAllPagesAsync("/StageUren")).SelectMany(p => p.QuerySelectorAll("tbody tr")).Single(r => r.TextContent.Contains(student.Leerlingnummer, StringComparison.Ordinal));
        Assert.Equal(expected.ToString("#,0.##", CultureInfo.GetCultureInfo("nl-NL")), row.QuerySelectorAll("td")[2].TextContent);
    }

    [Fact]
    public async Task Index_LinksToTheWeekGridTheImportAndEachStudentsLedger_ThatAllOpen()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/StageUren");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToList();
        var ledgers = links.Where(h => h.StartsWith("/StageUren/Registratie/", StringComparison.Ordinal)).ToList();
        Assert.Equal(page.QuerySelectorAll("tbody tr").Length, ledgers.Count);
        foreach (var href in new[] { "/StageUren/Week", "/StageUren/Import", ledgers[0] })
        {
            Assert.Contains(href, links);
            var (response, target) = await client.GetPageAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(target.QuerySelector("h1"));
        }
    }

    [Fact]
    public async Task Index_ByDefault_SortsTheHighestRiskFirst_AndTheAtRiskStudentIsOnTop()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/StageUren");

        var scores = page.QuerySelectorAll("tbody tr").Select(r => decimal.Parse(r.GetAttribute("data-score")!, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.Order(), scores);
        var first = page.QuerySelector("tbody tr")!;
        Assert.Contains("risico", first.QuerySelectorAll("td")[7].TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\+\d+(,\d)? uur en \+\d+(,\d)? dag per week", first.QuerySelectorAll("td")[7].TextContent);
    }

    [Fact]
    public async Task Index_SortOnName_IsAlphabetical()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/StageUren?sorteer=naam");

        var names = page.QuerySelectorAll("tbody tr td:first-child > a:first-child").Select(a => a.TextContent).ToList();
        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), false)), names);
    }

    [Fact]
    public async Task Index_FilterOnClass_ShowsOnlyThatClass()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/StageUren?klas=4B1");

        var classes = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent).Distinct().ToList();
        Assert.Equal(["4B1"], classes);
    }

    [Fact]
    public async Task Index_MboPartner_IsRefused()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var (response, _) = await client.GetPageAsync("/StageUren");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }
}
