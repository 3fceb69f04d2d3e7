using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// The "done when" of user management: the beheerder creates a mentor, links two students, and the mentor, after
/// choosing its own password, sees exactly those two students. Every page on the way is checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GebruikersBeheerFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Beheerder_CreatesMentorAndLinksTwoStudents_MentorSeesExactlyThoseTwo()
    {
        var userName = $"mentor{Guid.NewGuid():N}"[..14];
        await using var beheerContext = await fixture.NewContextAsync();
        var beheer = await beheerContext.NewPageAsync();
        await Session.LogInAsync(beheer, "demobeheerder");

        await beheer.Locator("nav[aria-label='Hoofdmenu']").GetByRole(AriaRole.Link, new() { Name = "Gebruikers" }).ClickAsync();
        await Expect(beheer.Locator("h1")).ToHaveTextAsync("Gebruikers");
        await Axe.AssertNoSeriousViolationsAsync(beheer, "gebruikers");
        await beheer.GetByRole(AriaRole.Link, new() { Name = "Nieuwe gebruiker" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(beheer, "nieuwe gebruiker");
        await beheer.GetByLabel("Gebruikersnaam", new() { Exact = true }).FillAsync(userName);
        await beheer.GetByLabel("Naam zoals Leerwerk die toont").FillAsync("Sanne de Mentor");
        await beheer.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mentor" });
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();

        var password = await beheer.Locator("#eenmalig-wachtwoord code").InnerTextAsync();
        await TestOutput.ScreenshotAsync(beheer, "gebruiker-aangemaakt");
        await Axe.AssertNoSeriousViolationsAsync(beheer, "gebruiker aangemaakt");
        await beheer.GetByRole(AriaRole.Link, new() { Name = "Leerlingen van deze mentor kiezen" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(beheer, "leerlingen van de mentor");
        var boxes = beheer.Locator("#mentor-leerlingen input[type=checkbox]");
        var chosen = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            await boxes.Nth(i).CheckAsync();
            var id = await boxes.Nth(i).GetAttributeAsync("id");
            var label = await beheer.Locator($"label[for='{id}']").InnerTextAsync();
            chosen.Add(label[..label.LastIndexOf(" (", StringComparison.Ordinal)]);
        }

        await beheer.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(beheer.GetByRole(AriaRole.Status)).ToContainTextAsync("mentor van 2 leerlingen");
        await Axe.AssertNoSeriousViolationsAsync(beheer, "gebruiker bewerken");

        await using var mentorContext = await fixture.NewContextAsync();
        var mentor = await mentorContext.NewPageAsync();
        await Session.SubmitLoginAsync(mentor, userName, password);
        await Expect(mentor.Locator("h1")).ToHaveTextAsync("Kies een eigen wachtwoord");
        await mentor.GetByLabel("Huidig wachtwoord").FillAsync(password);
        await mentor.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("mijn-eigen-wachtwoord-2026");
        await mentor.GetByLabel("Herhaal het nieuwe wachtwoord").FillAsync("mijn-eigen-wachtwoord-2026");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();

        await mentor.Locator("nav[aria-label='Hoofdmenu']").GetByRole(AriaRole.Link, new() { Name = "Leerlingen" }).ClickAsync();
        var shown = await mentor.Locator("table tbody tr td:nth-child(2)").AllInnerTextsAsync();
        await TestOutput.ScreenshotAsync(mentor, "mentor-leerlingen");
        Assert.Equal(chosen.Order(StringComparer.Ordinal), shown.Select(s => s.Trim()).Order(StringComparer.Ordinal));
    }
}
