using System.Globalization;
using System.Text;
using Leerwerk.BrowserTests.Infrastructure;
using Leerwerk.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// The coordinator's flow of issue 5: import a small LAS export (preview, then commit), open an imported
/// student, run the route advisor and choose the leer-werktraject, see the decision on the student page, record
/// the intake steps and the toelatingscommissie's decision and see them in the dossier's Intake section, compose a
/// programme with one error and fix it, and see the dossier.
/// axe-core on every page of the flow.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LeerlingenImportFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Coordinator_ImportsLasCsv_ChoosesLwtWithTheRouteAdvisor_RecordsIntake_FixesProgramme_SeesDossier()
    {
        var number = "B" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var birth = TestClock.Today.AddYears(-15).AddDays(-40).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding(1252).GetBytes(
            "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Leerweg;Leerjaar;Profiel;Klas;Mentor;Naam ouder;E-mail ouder;Telefoon ouder\r\n"
            + $"{number};Zoë;van;Gerwen;{birth};BB;3;Z&W;3B1;D. Bakker;Hélène van Gerwen;helene@example.nl;06-11112222\r\n");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page);

        await page.GotoAsync("/Leerlingen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Leerlingen importeren" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Leerlingen importeren");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Bestand (.csv of .xlsx, hoogstens 5 MB)").SetInputFilesAsync(new FilePayload { Name = "magister.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();

        await Expect(page.Locator("#samenvatting")).ToHaveTextAsync("1 nieuw, 0 gewijzigd, 0 ongewijzigd.");
        await Expect(page.Locator($"tr[data-leerlingnummer='{number}']")).ToContainTextAsync("Zoë van Gerwen");
        await TestOutput.ScreenshotAsync(page, "coordinator-import-voorbeeld");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Doorvoeren" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Leerlingen");
        await Expect(page.Locator("p.status")).ToContainTextAsync("1 nieuw");
        await page.GetByLabel("Naam of leerlingnummer").FillAsync(number);
        await page.GetByLabel("Naam of leerlingnummer").PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zoë van Gerwen" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Zoë van Gerwen");
        await Expect(page.Locator("dl.details")).ToContainTextAsync("3B1");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Routeadviseur en routebesluit" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Route van Zoë van Gerwen");
        await Expect(page.Locator("tr.route[data-route='LeerWerktraject'] .tag")).ToHaveTextAsync("Open");
        // The demo school has a doorlopende-leerroute agreement (under notice) but none for the geïntegreerde route.
        await Expect(page.Locator("tr.route[data-route='GeintegreerdeLeerroute'] .tag")).ToHaveTextAsync("Dicht");
        await TestOutput.ScreenshotAsync(page, "coordinator-routeadviseur");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Leer-werktraject", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Besloten door").FillAsync("Toelatingscommissie");
        await page.GetByLabel("Leerling en ouders zijn gehoord").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Route vastleggen" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Zoë van Gerwen");
        await Expect(page.Locator("dl.details")).ToContainTextAsync("Leer-werktraject");
        await TestOutput.ScreenshotAsync(page, "coordinator-leerling-na-route");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // The intake (rules B7, B8): record the steps and the commissie's decision, see them on the dossier.
        await page.Locator("#link-intake").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Intake van Zoë van Gerwen");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Datum signalering").FillAsync("19-12-2025");
        await page.GetByLabel("Gesignaleerd door").FillAsync("D. Bakker");
        await page.GetByLabel("Datum aanmelding").FillAsync("20 maart 2026");
        await page.GetByLabel("Kandidaatstellingsbrief ondertekend door leerling en ouders").CheckAsync();
        await page.GetByLabel("Datum voorlichting").FillAsync("02-04-2026");
        await page.GetByLabel("Datum intakegesprek").FillAsync("14-04-2026");
        await page.GetByLabel("Datum gesprek met de mentor").FillAsync("21-04-2026");
        await page.GetByLabel("Datum besluit").FillAsync("19-05-2026");
        await page.GetByLabel("Besluit", new() { Exact = true }).SelectOptionAsync("Toegelaten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Intake opslaan" }).ClickAsync();

        await Expect(page.Locator("p.status")).ToContainTextAsync("Intake van Zoë van Gerwen opgeslagen");
        await Expect(page.Locator("tr[data-stap='Besluit']")).ToContainTextAsync("19 mei 2026");
        await TestOutput.ScreenshotAsync(page, "coordinator-intake");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "← Zoë van Gerwen" }).ClickAsync();
        var intake = page.Locator("section.intake");
        await Expect(intake.Locator("tr[data-stap='Signalering']")).ToContainTextAsync("19 december 2025");
        await Expect(intake.Locator("tr[data-stap='Besluit']")).ToContainTextAsync("Toegelaten");

        // The programme: one error (three keuzevakken, C2), fixed; then the whole dossier.
        await ProgrammaStappen.ComposeWithC2ErrorThenFixAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Zoë van Gerwen");
        await Expect(page.Locator("section.intake tr[data-stap='Besluit']")).ToContainTextAsync("Toegelaten");
        await TestOutput.ScreenshotAsync(page, "coordinator-dossier-na-import");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
