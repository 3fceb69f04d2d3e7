using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

[Collection(BrowserCollection.Name)]
public sealed class StageUrenPrognoseTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Coordinator_SortsByRisk_OpensAStudentAtRisk_SeesChartTextAlternativeAndRiskSentence()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "coordinator");

        await page.GotoAsync("/StageUren?sorteer=naam");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Stage-uren");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "op risico" }).ClickAsync();
        await Expect(page.Locator("table caption")).ToContainTextAsync("grootste risico eerst");
        var first = page.Locator("tbody tr").First;
        await Expect(first.Locator("td").Nth(7)).ToContainTextAsync("risico");
        await TestOutput.ScreenshotAsync(page, "stage-uren-risico");

        await first.Locator("td").First.Locator("a").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Stage-uren van");
        var chart = page.Locator("figure svg[role='img']");
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToHaveAttributeAsync("aria-labelledby", "grafiek-zin");
        await Expect(page.Locator("#grafiek-zin")).ToContainTextAsync("640 uur (minimum)");
        await Expect(page.Locator("table caption", new() { HasText = "tekstversie van de grafiek" })).ToBeVisibleAsync();
        await Expect(page.Locator("#risico-zin")).ToContainTextAsync("Risico:");
        await Expect(page.Locator("#risico-zin")).ToContainTextAsync("per week extra");

        await TestOutput.ScreenshotAsync(page, "stage-uren-leerling-risico");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Kalender_Coordinator_NoSeriousAxeViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "coordinator");

        await page.GotoAsync("/Kalender?jaar=2026");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Schoolkalender 2026-2027");
        await Expect(page.Locator("#feestdagen")).ToContainTextAsync("Goede Vrijdag");

        await TestOutput.ScreenshotAsync(page, "kalender-2026-2027");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
