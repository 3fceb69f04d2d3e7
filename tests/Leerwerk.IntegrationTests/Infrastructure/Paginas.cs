using AngleSharp.Html.Dom;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>A paged list read whole, as a user does: following the "Volgende" link of each page to the last.</summary>
public static class Paginas
{
    public static async Task<IReadOnlyList<IHtmlDocument>> GetAllPagesAsync(this TestClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var pages = new List<IHtmlDocument>();
        for (var next = url; next is not null;)
        {
            var (_, page) = await client.GetPageAsync(next);
            pages.Add(page);
            next = page.QuerySelector("nav.utrecht-pagination a[rel='next']")?.GetAttribute("href");
        }

        return pages;
    }
}
