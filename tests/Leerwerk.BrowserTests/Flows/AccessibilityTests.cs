using System.Net;
using Leerwerk.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LoginPage_Anonymous_NoSeriousAxeViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(Session.LoginPath);

        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        await TestOutput.ScreenshotAsync(page, "inloggen");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task NotFoundPage_Coordinator_DutchAndNoSeriousAxeViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page);

        var response = await page.GotoAsync("/bestaat-niet/999999");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Pagina niet gevonden");
        await TestOutput.ScreenshotAsync(page, "pagina-niet-gevonden");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// Negative control: the same check on a page that is broken on purpose must report violations,
    /// or a green accessibility run proves nothing (e.g. axe not injected, results not read).
    /// </summary>
    [Fact]
    public async Task AxeCheck_DeliberatelyBrokenPage_ReportsSeriousViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html>
            <html lang="nl">
            <head><title>Kapotte pagina</title></head>
            <body>
              <main>
                <h1>Kapotte pagina</h1>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
                <form><input type="text" name="naam"></form>
                <p style="color:#c8c8c8;background:#ffffff">Bijna onleesbare tekst</p>
              </main>
            </body>
            </html>
            """);

        var violations = await Axe.SeriousViolationsAsync(page, "negatieve controle");

        var rules = violations.Select(v => v.RuleId).ToHashSet();
        Assert.Contains("image-alt", rules);
        Assert.Contains("label", rules);
        Assert.Contains("color-contrast", rules);
        Assert.All(violations, v => Assert.NotEmpty(v.Targets));
        var error = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Axe.AssertNoSeriousViolationsAsync(page, "negatieve controle"));
        Assert.Contains("image-alt (critical)", error.Message, StringComparison.Ordinal);
    }
}
