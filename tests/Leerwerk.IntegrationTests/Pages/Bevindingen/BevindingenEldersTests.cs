using System.Globalization;
using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Bevindingen;

/// <summary>The worklist's findings where people already look: the student list's counts and the home page's figures.</summary>
[Collection(WebCollection.Name)]
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
    public async Task HomePage_StudentsWithMoet_EqualsTheWorklist_AndTopRulesLinkIntoIt()
    {
        await Arrange.UnsignedPlacementsAsync(factory, Arrange.NewClassName(), 1);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, home) = await client.GetPageAsync("/");
        var (_, worklist) = await client.GetPageAsync("/Bevindingen?soort=MOET&weergave=onderwerp");

        var figure = int.Parse(home.QuerySelector("#leerlingen-met-moet strong")!.TextContent, CultureInfo.InvariantCulture);
        var students = worklist.QuerySelectorAll("#per-onderwerp tbody tr a").Count(a => a.GetAttribute("href")!.StartsWith("/Leerlingen/", StringComparison.Ordinal));
        Assert.True(figure >= 1);
        Assert.Equal(students, figure);
        var top = home.QuerySelectorAll("#top-regels tbody tr a").ToList();
        Assert.InRange(top.Count, 1, 5);
        foreach (var link in top)
        {
            var (response, page) = await client.GetPageAsync(link.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(page.QuerySelectorAll("#bevindingen tbody tr"));
        }
    }
}
