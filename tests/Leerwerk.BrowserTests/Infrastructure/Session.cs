using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Infrastructure;

/// <summary>Logging in as a user would: the real form, found by its labels and its button.</summary>
public static partial class Session
{
    public const string LoginPath = "/Account/Inloggen";

    /// <summary>Fills and submits the login form; does not check the outcome.</summary>
    public static async Task SubmitLoginAsync(IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(LoginPath);
        await page.GetByLabel("Gebruikersnaam", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
    }

    /// <summary>Logs in as a demo user and fails the test unless the app shows the logged-in layout.</summary>
    public static async Task LogInAsync(IPage page, string userName = "coordinator")
    {
        await SubmitLoginAsync(page, userName, Data.Demo.DemoUsers.Password);
        await Expect(page).Not.ToHaveURLAsync(LoginPage());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/Account/Inloggen", RegexOptions.IgnoreCase)]
    public static partial Regex LoginPage();
}
