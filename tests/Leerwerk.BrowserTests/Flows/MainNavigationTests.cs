using System.Text.Json;
using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// Every link of the main menu, read from the page itself, so a page added to the menu later is covered
/// without touching this test. A link that answers 404 fails the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MainNavigationTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("coordinator")]
    [InlineData("demobeheerder")]
    public async Task MainMenu_EveryLink_LoadsWithHeadingAndNoSeriousAxeViolations(string userName)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        await Session.LogInAsync(page, userName);

        var links = await MenuLinksAsync(page);

        Assert.Contains(links, l => l.Label == "Overzicht");
        var failures = new List<string>();
        foreach (var (label, href) in links)
        {
            var response = await page.GotoAsync(href);
            var status = response?.Status ?? 0;
            var heading = await page.Locator("h1").CountAsync() > 0 ? await page.Locator("h1").First.InnerTextAsync() : null;
            var screenshot = await TestOutput.ScreenshotAsync(page, $"{userName}-{label}");
            TestContext.Current.TestOutputHelper?.WriteLine($"{label} ({href}): {status}, h1 \"{heading}\", {screenshot}");

            if (status is 0 or >= 400)
            {
                failures.Add($"{label} ({href}): status {status}");
                continue;
            }

            if (heading is null)
            {
                failures.Add($"{label} ({href}): no h1");
            }

            failures.AddRange((await Axe.SeriousViolationsAsync(page, $"{label} ({href})")).Select(v => v.ToString()));
        }

        failures.AddRange(cspErrors);
        Assert.True(failures.Count == 0, $"Main menu as {userName}, {links.Count} links:\n" + string.Join("\n", failures));
    }

    private static async Task<List<(string Label, string Href)>> MenuLinksAsync(IPage page)
    {
        var json = await page.Locator("nav[aria-label='Hoofdmenu'] a").EvaluateAllAsync<JsonElement>(
            "links => links.map(a => [a.textContent.trim(), a.getAttribute('href')])");
        return json.EnumerateArray()
            .Select(pair => (Label: pair[0].GetString()!, Href: pair[1].GetString()!))
            .DistinctBy(link => link.Href)
            .ToList();
    }
}
