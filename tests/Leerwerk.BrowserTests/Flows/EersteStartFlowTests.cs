using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Leerwerk.BrowserTests.Infrastructure;
using Leerwerk.Data.Accounts;
using Leerwerk.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// Issue 19's "done when", in a browser on an installation run for real (no demo, so no school): the first beheerder
/// logs in with the one-time password, chooses a password and walks the four steps of the set-up; the coördinator made
/// in step 4 logs in, chooses a password, adds a student with a home address and a leerbedrijf, and the
/// leer-werkovereenkomst shows the school's and the student's street address. axe-core on every set-up page.
/// The empty app is this test's own (the collection's app holds the demo); it shares the collection's Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EersteStartFlowTests(BrowserFixture fixture)
{
    private const string OneTimePassword = "eenmalig-browser-1";

    [Fact]
    public async Task EmptyInstallation_BeheerderSetsUp_CoordinatorAddsStudentAndCompany_DocumentShowsBothAddresses()
    {
        await using var app = new BrowserAppFactory(loadDemo: false);
        app.Start();
        await app.SetFirstAdministratorPasswordAsync(OneTimePassword);

        string coordinatorPassword;
        await using (var beheer = await fixture.NewContextAsync(app.BaseAddress))
        {
            var page = await beheer.NewPageAsync();
            await FirstLoginAsync(page, AccountBootstrapper.AdministratorName, OneTimePassword, "eigen-wachtwoord-beheer");
            await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/Inrichting").ToString());
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Begin met stap 1: de school" }).ClickAsync();

            // Step 1: the school, with a postcode typed as people do.
            await Expect(page.Locator("h1")).ToHaveTextAsync("Nieuwe school");
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.GetByLabel("Naam van de school", new() { Exact = true }).FillAsync("Vmbo Het Baken");
            await page.GetByLabel("BRIN-nummer", new() { Exact = true }).FillAsync("09xy");
            await page.GetByLabel("Vestigingsnummer", new() { Exact = true }).FillAsync("00");
            await page.GetByLabel("Bevoegd gezag", new() { Exact = true }).FillAsync("Stichting Openbaar Onderwijs Lingewaard");
            await page.GetByLabel("Naam van wie namens het bevoegd gezag ondertekent").FillAsync("mr. J. de Wit");
            await page.GetByLabel("Functie van de ondertekenaar").FillAsync("voorzitter college van bestuur");
            await page.GetByLabel("Straat", new() { Exact = true }).FillAsync("Havenweg");
            await page.GetByLabel("Huisnummer", new() { Exact = true }).FillAsync("7a");
            await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("6851ab");
            await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Huissen");
            await page.GetByLabel("Regio voor de schoolvakanties").SelectOptionAsync("Zuid");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            // Step 2: two profielen with their keuzevakken.
            await Expect(page.Locator("h1")).ToHaveTextAsync("Profielen en keuzevakken van Vmbo Het Baken");
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.GetByLabel("De school biedt Zorg en welzijn aan").CheckAsync();
            await page.GetByLabel("Keuzevakken van Zorg en welzijn (één per regel)").FillAsync("Mens en gezondheid\nWelzijn kind en jongere");
            await page.GetByLabel("De school biedt Groen aan").CheckAsync();
            await page.GetByLabel("Keuzevakken van Groen (één per regel)").FillAsync("Groene vormgeving en styling");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            // Step 3: the mbo partner.
            await Expect(page.Locator("h1")).ToHaveTextAsync("Mbo-partner van Vmbo Het Baken");
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.Locator("[name='Input.Name']").FillAsync("ROC Rijn IJssel");
            await page.Locator("[name='Input.BevoegdGezag']").FillAsync("Stichting ROC Rijn IJssel");
            await page.Locator("[name='Input.Soort']").SelectOptionAsync("Roc");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            // Step 4: the coördinator and the one-time password, shown once.
            await Expect(page.Locator("h1")).ToHaveTextAsync("LWT-coördinator van Vmbo Het Baken");
            await Axe.AssertNoSeriousViolationsAsync(page);
            await page.Locator("[name='UserName']").FillAsync("a.verhoeven");
            await page.Locator("[name='DisplayName']").FillAsync("Anouk Verhoeven");
            await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
            coordinatorPassword = await page.Locator("#eenmalig-wachtwoord code").InnerTextAsync();
            Assert.Equal(16, coordinatorPassword.Length);
            await TestOutput.ScreenshotAsync(page, "inrichting-coordinator");
            await Axe.AssertNoSeriousViolationsAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = "Naar het overzicht van de inrichting" }).ClickAsync();
            await Expect(page.Locator("section.inrichting")).ToContainTextAsync("De inrichting is compleet.");
            await TestOutput.ScreenshotAsync(page, "inrichting-compleet");
            await Axe.AssertNoSeriousViolationsAsync(page);
        }

        await using var werk = await fixture.NewContextAsync(app.BaseAddress);
        var coordinator = await werk.NewPageAsync();
        await FirstLoginAsync(coordinator, "a.verhoeven", coordinatorPassword, "eigen-wachtwoord-coordinator");

        // A student with a home address.
        await coordinator.GotoAsync("/Leerlingen/Nieuw");
        await coordinator.Locator("[name='Input.Leerlingnummer']").FillAsync("30001");
        await coordinator.Locator("[name='Input.FirstName']").FillAsync("Sem");
        await coordinator.Locator("[name='Input.LastName']").FillAsync("Jansen");
        await coordinator.Locator("[name='Input.BirthDate']").FillAsync(TestClock.Today.AddYears(-15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coordinator.Locator("[name='Input.Street']").FillAsync("Waalstraat");
        await coordinator.Locator("[name='Input.HouseNumber']").FillAsync("3b");
        await coordinator.Locator("[name='Input.PostalCode']").FillAsync("4002cd");
        await coordinator.Locator("[name='Input.City']").FillAsync("Tiel");
        await coordinator.Locator("[name='Input.Leerweg']").SelectOptionAsync("Bb");
        await coordinator.Locator("[name='Input.Leerjaar']").SelectOptionAsync("3");
        await coordinator.Locator("[name='Input.ProfielCode']").SelectOptionAsync("ZW");
        await coordinator.Locator("[name='Input.ParentName']").FillAsync("Karin Jansen");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(coordinator.Locator("#woonadres")).ToHaveTextAsync("Waalstraat 3b, 4002 CD Tiel");
        var studentId = coordinator.Url[(coordinator.Url.LastIndexOf('/') + 1)..];

        // A leerbedrijf.
        await coordinator.GotoAsync("/Leerbedrijven/Nieuw");
        await coordinator.Locator("[name='Input.Name']").FillAsync("Zorgcentrum De Linge");
        await coordinator.Locator("[name='Input.KvkNumber']").FillAsync("12345678");
        await coordinator.Locator("[name='Input.City']").FillAsync("Huissen");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(coordinator.Locator("h1")).ToHaveTextAsync("Zorgcentrum De Linge");

        // The agreement between them, as a concept, and its document.
        await coordinator.GotoAsync($"/Overeenkomsten/LeerwerkNieuw?leerlingId={studentId}");
        await coordinator.Locator("[name='Input.LeerbedrijfId']").SelectOptionAsync(new SelectOptionValue { Label = "Zorgcentrum De Linge (Huissen)" });
        await coordinator.Locator("[name='Input.Inhoud']").FillAsync("Meewerken op de afdeling.");
        await coordinator.Locator("[name='Input.StartDate']").FillAsync(TestClock.Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coordinator.Locator("[name='Input.EndDate']").FillAsync(TestClock.Today.AddMonths(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coordinator.Locator("[name='Input.PlannedHours']").FillAsync("96");
        await coordinator.Locator("[name='Input.Wednesday']").FillAsync("8");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
        await Expect(coordinator.Locator("#status")).ToHaveTextAsync("Concept");

        var text = await AgreementTextAsync(werk, coordinator);
        Assert.Contains("Vmbo Het Baken (BRIN\u00A009XY00), Havenweg 7a, 6851\u00A0AB Huissen, hierna: de school", text, StringComparison.Ordinal);
        Assert.Contains("wonend Waalstraat 3b, ", text, StringComparison.Ordinal);
        Assert.Contains("4002\u00A0CD Tiel", text, StringComparison.Ordinal);
    }

    /// <summary>Logs in with a one-time password, is sent to choose a new one, and chooses it.</summary>
    private static async Task FirstLoginAsync(IPage page, string userName, string oneTimePassword, string newPassword)
    {
        await Session.SubmitLoginAsync(page, userName, oneTimePassword);
        await Expect(page.Locator("h1")).ToContainTextAsync("wachtwoord", new() { IgnoreCase = true });
        await page.GetByLabel("Huidig wachtwoord").FillAsync(oneTimePassword);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Herhaal het nieuwe wachtwoord").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    /// <summary>The leer-werkovereenkomst as the Word link on the agreement page delivers it, as plain text.</summary>
    private static async Task<string> AgreementTextAsync(IBrowserContext context, IPage page)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Overeenkomst als Word-bestand" }).GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.Equal(200, response.Status);
        using var stream = new MemoryStream(await response.BodyAsync());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
