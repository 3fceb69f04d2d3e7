using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// The programme steps both student flows walk (issue 5): from a Zorg en welzijn student's dossier, compose a
/// programme with three keuzevakken (a C2 error with its citation), add the fourth (the error goes), and return
/// to the dossier. axe-core on each state.
/// </summary>
internal static class ProgrammaStappen
{
    public static readonly string[] Keuzevakken = ["Mens en gezondheid", "Welzijn kind en jongere", "Assisteren in de gezondheidszorg", "Ondersteunen bij sport en bewegen"];

    public static async Task ComposeWithC2ErrorThenFixAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Programma samenstellen" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Programma van");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Nederlands (C1)").CheckAsync();
        await page.GetByLabel("Profielvak zorg en welzijn (C2)").CheckAsync();
        foreach (var keuzevak in Keuzevakken[..3])
        {
            await page.GetByLabel(keuzevak, new() { Exact = true }).CheckAsync();
        }

        // A demo student already has the full programme (docs/demo.md), an imported one none: the fourth is left out either way.
        await page.GetByLabel(Keuzevakken[3], new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("Rekenen", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Programma opslaan" }).ClickAsync();

        var c2 = page.Locator("section.bevindingen li.finding", new() { Has = page.Locator("strong", new() { HasTextString = "C2" }) });
        await Expect(c2).ToContainTextAsync("er zijn er 3");
        await Expect(c2.Locator("a.citation")).ToContainTextAsync("3.5");
        await TestOutput.ScreenshotAsync(page, "programma-c2-bevinding");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel(Keuzevakken[3], new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Programma opslaan" }).ClickAsync();

        await Expect(page.Locator("[role=status], .status").First).ToContainTextAsync("opgeslagen");
        await Expect(c2).ToHaveCountAsync(0);
        await Expect(page.Locator("section.bevindingen li.finding--error")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Naar het dossier" }).ClickAsync();
        await Expect(page.Locator("h2#programma-kop")).ToBeVisibleAsync();
        await Expect(page.Locator("table.vakken")).ToContainTextAsync(Keuzevakken[3]);
    }
}
