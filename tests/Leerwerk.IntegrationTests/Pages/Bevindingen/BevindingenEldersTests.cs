using System.Globalization;
using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Bevindingen;

/// <summary>The worklist's findings where people already look: the student list's counts and the home page's figures.</summary>
[Collection(WebCollectionB.Name)]
public sealed class BevindingenEldersTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task StudentList_CountsMoet_FiltersAndSortsOnFindings()
    {
        var klas = Arrange.NewClassName();
        var students = await Arrange.UnsignedPlacementsAsync(factory, klas, 2);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, all) = await client.GetPageAsync($"/Leerlingen?q={klas}");
        var (_, moet) = await client.GetPageAsync($"/Leerlingen?q={klas}&bevindingen=moet");
        var (_, geen) = await client.GetPageAsync($"/Leerlingen?q={klas}&bevindingen=geen");
        var (_, sorted) = await client.GetPageAsync("/Leerlingen?sorteer=bevindingen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = all.QuerySelectorAll("td[data-moet]").Select(c => int.Parse(c.GetAttribute("data-moet")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(students.Count, cells.Count);
        Assert.All(cells, n => Assert.True(n >= 1, "each arranged student has at least E6"));
        Assert.Equal(students.Count, moet.QuerySelectorAll("td[data-moet]").Length);
        Assert.Empty(geen.QuerySelectorAll("td[data-moet]"));
        var order = sorted.QuerySelectorAll("td[data-moet]").Select(c => int.Parse(c.GetAttribute("data-moet")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(order.OrderDescending(), order);
    }

    [Fact]
    public async Task HomePage_StudentsWithMoetFout_CountsErrorsOnly_AsTheWorklistItLinksTo_AndTopRulesLinkIntoIt()
    {
        await Arrange.UnsignedPlacementsAsync(factory, Arrange.NewClassName(), 1);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, home) = await client.GetPageAsync("/");
        var link = home.QuerySelector("#leerlingen-met-moet")!;
        var (_, fouten) = await client.GetPageAsync(link.GetAttribute("href")!);
        var (_, moet) = await client.GetPageAsync("/Bevindingen?soort=MOET&weergave=onderwerp");

        var figure = int.Parse(link.QuerySelector("strong")!.TextContent, CultureInfo.InvariantCulture);
        Assert.Contains("MOET-fout", link.TextContent, StringComparison.Ordinal);
        var withFout = StudentLinks(fouten);
        Assert.True(figure >= 1);
        Assert.Equal(withFout.Count, figure);
        Assert.All(fouten.QuerySelectorAll("#bevindingen tbody tr td:first-child span"), tag => Assert.Contains("tag--error", tag.ClassName!, StringComparison.Ordinal));

        // A student with only a MOET warning (the demo's 24011: E1's forecast) has a MOET finding but no MOET-fout.
        var warningOnly = StudentLinks(moet).Except(withFout).ToList();
        Assert.Contains(warningOnly, s => s.Contains("24011", StringComparison.Ordinal));
        var (_, e1) = await client.GetPageAsync("/Bevindingen?soort=MOET&regel=E1");
        Assert.Contains(e1.QuerySelectorAll("#bevindingen tbody tr"), r => r.TextContent.Contains("24011", StringComparison.Ordinal)
            && r.QuerySelector("td span")!.ClassName!.Contains("tag--warning", StringComparison.Ordinal));
        var top = home.QuerySelectorAll("#top-regels tbody tr a").ToList();
        Assert.InRange(top.Count, 1, 5);
        foreach (var regel in top)
        {
            var (response, page) = await client.GetPageAsync(regel.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(page.QuerySelectorAll("#bevindingen tbody tr"));
        }
    }

    /// <summary>The names of the students in the per-subject table of a worklist page.</summary>
    private static List<string> StudentLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#per-onderwerp tbody tr a")
            .Where(a => a.GetAttribute("href")!.StartsWith("/Leerlingen/", StringComparison.Ordinal))
            .Select(a => a.TextContent)
            .ToList();
}
