using System.Net;
using Leerwerk.Domain.Rules;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Regels;

[Collection(WebCollection.Name)]
public sealed class RegelsPageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Index_Anonymous_ShowsEveryRuleWithItsArticleLink()
    {
        using var client = TestClient.Create(factory);

        var (response, page) = await client.GetPageAsync("/Regels");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var rule in RuleCatalog.All)
        {
            var item = page.QuerySelector($"#regel-{rule.Id}");
            Assert.NotNull(item);
            Assert.Equal(rule.Citation.Source.AbsoluteUri, item.QuerySelector("a.citation")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Index_GroupsByArea()
    {
        using var client = TestClient.Create(factory);

        var (_, page) = await client.GetPageAsync("/Regels");

        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(RuleCatalog.Areas.Select(a => $"{a.Key}. {a.Value}"), headings);
    }

    [Fact]
    public async Task Index_Search_FindsOnlyMatchingRules()
    {
        using var client = TestClient.Create(factory);

        var (_, page) = await client.GetPageAsync("/Regels?zoek=leer-werkovereenkomst");

        var ids = page.QuerySelectorAll("li.finding strong").Select(s => s.TextContent).ToList();
        Assert.Contains("E6", ids);
        Assert.DoesNotContain("D4", ids);
    }

    [Fact]
    public async Task Index_FilterOnMag_ShowsOnlyFreedoms()
    {
        using var client = TestClient.Create(factory);

        var (_, page) = await client.GetPageAsync("/Regels?soort=MAG");

        var badges = page.QuerySelectorAll("li.finding .badge").Select(b => b.TextContent).Distinct().ToList();
        Assert.Equal(["MAG"], badges);
        Assert.Equal(RuleCatalog.All.Count(r => r.Kind == RuleKind.Mag), page.QuerySelectorAll("li.finding").Length);
    }

    [Fact]
    public async Task Index_HostileSearch_IsShownEncoded()
    {
        using var client = TestClient.Create(factory);

        var response = await client.Http.GetAsync(new Uri("/Regels?zoek=%3Cscript%3Ealert(1)%3C/script%3E", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }
}
