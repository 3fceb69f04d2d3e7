using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages;

/// <summary>
/// The shared layout over HTTP: the NL Design System CSS and the theme are served by the app itself, the
/// favicon is linked and served, the header names the user's school, and every table has its scroll container.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LayoutThemeTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/lib/utrecht-component-library-css/index.css", "text/css")]
    [InlineData("/lib/utrecht-component-library-css/html.css", "text/css")]
    [InlineData("/css/theme.css", "text/css")]
    public async Task StaticAsset_Anonymous_IsServedByTheApp(string path, string contentType)
    {
        using var client = TestClient.Create(factory);

        using var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Layout_Coordinator_ThemeFaviconSchoolNameAndLocalStylesheetsOnly()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/Leerlingen");

        Assert.Equal(["leerwerk-theme", "utrecht-html"], page.DocumentElement.ClassList.Order(StringComparer.Ordinal));
        Assert.StartsWith("/favicon.svg", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"), StringComparison.Ordinal);
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Contains(stylesheets, s => s.StartsWith("/lib/utrecht-component-library-css/index.css", StringComparison.Ordinal));
        Assert.All(stylesheets, s => Assert.StartsWith("/", s, StringComparison.Ordinal));
        Assert.Equal(Data.Demo.DemoSchool.SchoolName, page.QuerySelector("#schoolnaam")!.TextContent);
        var tables = page.QuerySelectorAll("main table");
        Assert.NotEmpty(tables);
        Assert.All(tables, t =>
        {
            Assert.Equal("leerwerk-table-scroll", t.ParentElement!.ClassName);
            Assert.Equal("0", t.ParentElement.GetAttribute("tabindex"));
            Assert.StartsWith("Tabel", t.ParentElement.GetAttribute("aria-label"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Layout_Anonymous_NoSchoolName()
    {
        using var client = TestClient.Create(factory);

        var (_, page) = await client.GetPageAsync("/Account/Inloggen");

        Assert.Null(page.QuerySelector("#schoolnaam"));
    }
}
