using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

[Collection(BrowserCollection.Name)]
public sealed class ExamenTests(BrowserFixture fixture)
{
    private const string Kandidaat = """
        [{ "id": "LWT-WEB", "route": "lwt", "subjects": [
          { "name": "Nederlands", "kind": "nederlands", "se": 6.5, "ce": 6.1 },
          { "name": "Profielvak", "kind": "profielvak", "se": 6.6, "ce": 6.2 },
          { "name": "Keuzevak A", "kind": "keuzevak", "part": "vrij", "se": 6 },
          { "name": "Keuzevak B", "kind": "keuzevak", "part": "vrij", "se": 6 },
          { "name": "Keuzevak C", "kind": "keuzevak", "part": "vrij", "se": 7 },
          { "name": "Keuzevak D", "kind": "keuzevak", "part": "vrij", "se": 6 },
          { "name": "Rekenen", "kind": "rekenen", "se": 6 } ] }]
        """;

    [Fact]
    public async Task Berekenen_ExamensecretarisPastesACandidate_SeesGeslaagdWithReasons()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "examensecretaris");

        await page.GotoAsync("/Examen/Berekenen");
        await page.GetByLabel("JSON of CSV").FillAsync(Kandidaat);
        await page.GetByRole(AriaRole.Button, new() { Name = "Berekenen" }).ClickAsync();

        var uitslag = page.Locator("section.uitslag[data-kandidaat='LWT-WEB']");
        await Expect(uitslag.Locator("h2 .tag")).ToHaveTextAsync("Geslaagd");
        await Expect(uitslag.Locator(".redenen li[data-regel='D4']")).ToContainTextAsync("art. 3.35");
        await TestOutput.ScreenshotAsync(page, "examen-berekenen-geslaagd");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Index_Examensecretaris_NoSeriousAxeViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "examensecretaris");

        await page.GotoAsync("/Examen");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Examen");
        await page.Locator("tbody tr a").First.ClickAsync();
        await Expect(page.Locator("h2").First).ToHaveTextAsync("Uitslag");

        await TestOutput.ScreenshotAsync(page, "examen-kandidaat");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
