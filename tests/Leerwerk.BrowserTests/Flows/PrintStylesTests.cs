using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>Printing the dossier or an agreement gives the content only: no header, menu or buttons; the tables whole.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintStylesTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/Leerlingen", "/Leerlingen/Details/")]
    [InlineData("/Overeenkomsten", "/Overeenkomsten/Leerwerk/")]
    public async Task DetailPage_Printed_ShowsContentWithoutChrome(string listPage, string prefix)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page);
        await page.GotoAsync(listPage);
        await page.Locator($"main a[href^='{prefix}' i]").First.ClickAsync();
        await Expect(page.Locator(".site-header")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-footer")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeHiddenAsync();
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        var scroll = await page.Locator(".leerwerk-table-scroll").First.EvaluateAsync<string>("e => getComputedStyle(e).overflowX");
        Assert.Equal("visible", scroll);
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(TestOutput.Folder, TestOutput.FileName("print-" + prefix) + ".pdf") });
    }
}
