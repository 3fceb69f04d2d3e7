using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Lijsten;

/// <summary>
/// With 100 000 students in the database every list page answers one page of rows, well under 1 MB of HTML, with Dutch
/// paging navigation (a labelled nav, the current page marked) whose links keep the filter; the filter and the order
/// apply to the whole set, not to the page.
/// </summary>
[Collection(GroteSchoolCollection.Name)]
public sealed class GroteLijstenTests(GroteSchoolAppFactory factory)
{
    private const int EenMegabyte = 1024 * 1024;

    [Theory]
    [InlineData("/Leerlingen", "coordinator")]
    [InlineData("/Leerlingen?q=groot9999", "coordinator")]
    [InlineData("/Overeenkomsten", "coordinator")]
    [InlineData("/StageUren", "coordinator")]
    [InlineData("/Audit", "demobeheerder")]
    public async Task ListPage_With100000Students_IsUnderOneMegabyte(string url, string user)
    {
        using var client = await TestClient.LoggedInAsync(factory, user);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(html.Length < EenMegabyte, $"{url}: {html.Length} bytes");
    }

    [Fact]
    public async Task Students_FilteredOnTheWholeSet_PagedWithLinksThatKeepTheFilter()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        // Leerjaar 2 holds a quarter of the extra students: the count is of the whole filtered set, the table one page.
        var (_, page) = await client.GetPageAsync("/Leerlingen?leerjaar=2&pagina=3");

        var rows = page.QuerySelectorAll("table tbody tr");
        Assert.Equal(50, rows.Length);
        Assert.All(rows, r => Assert.Equal("2", r.Children[2].TextContent));
        var totaal = int.Parse(page.QuerySelector("table caption")!.TextContent.Split(' ')[0].Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(totaal >= GroteSchoolAppFactory.Extra / 4, $"{totaal}");
        var nav = page.QuerySelector("nav.utrecht-pagination")!;
        Assert.Equal("Pagina's van de leerlingen", nav.GetAttribute("aria-label"));
        var huidige = Assert.Single(nav.QuerySelectorAll("[aria-current='page']"));
        Assert.Equal("Pagina 3", huidige.TextContent);
        var volgende = nav.QuerySelector<IHtmlAnchorElement>("a[rel='next']")!.GetAttribute("href")!;
        Assert.Contains("leerjaar=2", volgende, StringComparison.Ordinal);
        Assert.Contains("pagina=4", volgende, StringComparison.Ordinal);

        // The order is over the whole set: the first row of page 1 is the first by class and name of all of them.
        var (_, eerste) = await client.GetPageAsync("/Leerlingen?leerjaar=2");
        var (_, laatste) = await client.GetPageAsync("/Leerlingen?leerjaar=2&pagina=100000");
        Assert.Equal("Pagina 1", eerste.QuerySelector("nav.utrecht-pagination [aria-current='page']")!.TextContent);
        var laatstePagina = laatste.QuerySelector("nav.utrecht-pagination [aria-current='page']")!.TextContent;
        Assert.Equal($"Pagina {Leerwerk.Domain.Nl.Amount((totaal + 49) / 50)}", laatstePagina);
    }
}
