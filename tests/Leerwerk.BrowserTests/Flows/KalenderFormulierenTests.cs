using System.Text;
using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// The two forms of the calendar page that post to their own pages: a CSV of free days with an error lands on
/// Kalender/Importeren with every bad line listed, a refused stage-hour policy on Kalender/Beleid. Nothing is
/// stored; axe-core on both pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KalenderFormulierenTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Coordinator_BadCsvAndRefusedPolicy_ShowDutchErrorsOnTheirOwnPages_NoSeriousAxeViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "coordinator");
        await page.GotoAsync("/Kalender?jaar=2026");

        var csv = Encoding.UTF8.GetBytes("van;tot;omschrijving\r\n19-10-2026;23-10-2026;Herfstvakantie\r\n31-02-2027;Studiedag\r\n");
        await page.GetByLabel("CSV-bestand (hoogstens 64 kB)").SetInputFilesAsync(new FilePayload { Name = "vakanties.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Vakanties en vrije dagen inlezen");
        await Expect(page.Locator("#import-fouten")).ToContainTextAsync("Regel 3");
        await Expect(page.Locator("#import-fouten")).ToContainTextAsync("er is niets opgeslagen");
        await TestOutput.ScreenshotAsync(page, "kalender-importeren-fouten");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/Kalender?jaar=2026");
        await page.GetByLabel("Uren stage per schooljaar").FillAsync("2000");
        await page.Locator("#beleid-form").GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Schoolbeleid stage-uren (E3)");
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("vul een aantal tussen 0 en 1280 in");
        await TestOutput.ScreenshotAsync(page, "kalender-beleid-fout");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
