using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Leerwerk.BrowserTests.Flows;

[Collection(BrowserCollection.Name)]
public sealed class ProgrammaFlowTests(BrowserFixture fixture)
{
    /// <summary>A demo LWT student in leerjaar 3 (Zorg en welzijn) with the full programme, no grades yet (docs/demo.md).</summary>
    private const string Leerling = "24002";

    [Fact]
    public async Task Coordinator_ComposesProgrammeWithC2Error_FixesIt_OpensDossierAndDownloadsPdf()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "coordinator");

        // The list pages by 50: the student is found by number, as a coordinator looks one up.
        await page.GotoAsync($"/Leerlingen?q={Leerling}");
        await page.Locator("tbody tr", new() { HasText = Leerling }).Locator("a").First.ClickAsync();
        await ProgrammaStappen.ComposeWithC2ErrorThenFixAsync(page);
        await TestOutput.ScreenshotAsync(page, "dossier");
        await Axe.AssertNoSeriousViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Dossier als PDF" }).ClickAsync());
        Assert.Equal($"dossier-{Leerling}.pdf", download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path).Length > 1_000);
    }
}
