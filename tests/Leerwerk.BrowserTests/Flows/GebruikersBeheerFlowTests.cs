using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// The "done when" of user management: the beheerder creates a mentor, links two students, and the mentor, after
/// choosing its own password, sees exactly those two students in the student list and only their findings in the worklist. Every page on the way is checked with axe-core.
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
        // Two demo students with open findings (docs/demo.md), so the mentor's worklist has something to show.
        var chosen = new List<string>();
        var subjects = new List<string>();
        foreach (var leerlingnummer in new[] { "24003", "24005" })
        {
            var label = beheer.Locator("#mentor-leerlingen label").Filter(new() { HasText = $"({leerlingnummer}" });
            await beheer.Locator($"#{await label.GetAttributeAsync("for")}").CheckAsync();
            var text = await label.InnerTextAsync();
            var name = text[..text.LastIndexOf(" (", StringComparison.Ordinal)];
            chosen.Add(name);
            subjects.Add($"Leerling {leerlingnummer} ({name})");
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

        // The worklist, per subject: findings of the mentor's two students and of no one else (no leerbedrijven either).
        await mentor.Locator("nav[aria-label='Hoofdmenu']").GetByRole(AriaRole.Link, new() { Name = "Bevindingen" }).ClickAsync();
        await mentor.GetByRole(AriaRole.Link, new() { Name = "per leerling of leerbedrijf" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(mentor, "bevindingen van de mentor");
        var inWorklist = (await mentor.Locator("#per-onderwerp tbody tr td:first-child").AllInnerTextsAsync()).Select(s => s.Trim()).ToList();
        await TestOutput.ScreenshotAsync(mentor, "mentor-bevindingen");
        Assert.NotEmpty(inWorklist);
        Assert.All(inWorklist, subject => Assert.Contains(subject, subjects));
    }
}
