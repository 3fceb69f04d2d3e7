using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

[Collection(BrowserCollection.Name)]
public sealed class LoginTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Login_DemoCoordinator_ShowsOverviewWithMainMenu()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await Session.LogInAsync(page, "coordinator");

        Assert.Equal(new Uri(fixture.BaseAddress, "/"), new Uri(page.Url));
        await Expect(page.Locator("nav[aria-label='Hoofdmenu']").GetByRole(AriaRole.Link, new() { Name = "Overzicht" })).ToBeVisibleAsync();
        await TestOutput.ScreenshotAsync(page, "coordinator-na-inloggen");
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsDutchErrorAndStaysLoggedOut()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await Session.SubmitLoginAsync(page, "mentor", "fout-wachtwoord");

        await Expect(page.GetByText("Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(Session.LoginPage());
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "leerwerk");
        await TestOutput.ScreenshotAsync(page, "inloggen-fout-wachtwoord");
    }
}
