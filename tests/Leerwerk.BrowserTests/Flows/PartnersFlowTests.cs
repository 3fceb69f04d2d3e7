using System.Globalization;
using Leerwerk.BrowserTests.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Demo;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// Issue 4's flow as the demo coordinator walks it: an mbo partner and a samenwerkingsovereenkomst, a company with an
/// erkenning, a placement for a student; the missing-signature finding (E6) appears; signatures recorded, the agreement
/// moved to actief, both documents downloaded; the finding is gone. Every page visited passes axe-core.
/// The student is the test's own (a minor, Zorg en welzijn): xunit v3 runs the collection's tests in random order and
/// other flows add students and agreements, so "the first student in the list" was a different student per run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnersFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Coordinator_PartnerAgreementCompanyPlacementSignatures_FindingAppearsAndDisappears()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var studentId = await OwnStudentAsync(suffix);
        var today = TestClock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page);

        // The mbo partner and the samenwerkingsovereenkomst.
        await page.GotoAsync("/MboInstellingen/Nieuw");
        await Axe.AssertNoSeriousViolationsAsync(page);
        var partner = $"ROC Testpartner {suffix}";
        await page.Locator("[name='Input.Name']").FillAsync(partner);
        await page.Locator("[name='Input.BevoegdGezag']").FillAsync($"Stichting {partner}");
        await page.Locator("[name='Input.Soort']").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("input[type=checkbox][name='Input.OffersBasisberoepsopleiding']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(partner);
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/Overeenkomsten/SamenwerkingNieuw");
        await page.Locator("[name='Input.MboInstellingId']").SelectOptionAsync(new SelectOptionValue { Label = $"{partner} (Stichting {partner})" });
        await page.Locator("[name='Input.StartDate']").FillAsync("2025-08-01");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(partner);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await AssertDownloadAsync(context, page, "Overeenkomst als PDF", "application/pdf");
        await AssertDownloadAsync(context, page, "Overeenkomst als Word-bestand", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        // The company with an LWT erkenning.
        var company = $"Testbedrijf {suffix}";
        await page.GotoAsync("/Leerbedrijven/Nieuw");
        await page.Locator("[name='Input.Name']").FillAsync(company);
        await page.Locator("[name='Input.KvkNumber']").FillAsync(string.Create(CultureInfo.InvariantCulture, $"9{Random.Shared.Next(1_000_000, 9_999_999)}"));
        await page.Locator("[name='Input.City']").FillAsync("Tiel");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(company);
        var companyUrl = page.Url;
        await page.GotoAsync(companyUrl.Replace("/Details/", "/Erkenning/", StringComparison.Ordinal));
        await page.Locator("[name='Input.ProfielCode']").SelectOptionAsync(OwnProfiel);
        await page.Locator("input[type=checkbox][name='Input.IsLwt']").CheckAsync();
        await page.Locator("[name='Input.GrantedOn']").FillAsync("2025-01-15");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(company);
        await Axe.AssertNoSeriousViolationsAsync(page);

        // The placement, starting today, for the test's own student.
        await page.GotoAsync("/Overeenkomsten/LeerwerkNieuw");
        await page.Locator("[name='Input.LeerlingId']").SelectOptionAsync(studentId);
        await page.Locator("[name='Input.LeerbedrijfId']").SelectOptionAsync(new SelectOptionValue { Label = $"{company} (Tiel)" });
        await page.Locator("[name='Input.Inhoud']").FillAsync("Meewerken in de werkplaats.");
        await page.Locator("[name='Input.Leerdoelen']").FillAsync("Zelfstandig werken aan de opdrachten van het profielvak.");
        await page.Locator("[name='Input.Beoordelingsmaatstaven']").FillAsync("Beoordelingsformulier stage.");
        await page.Locator("[name='Input.Begeleiding']").FillAsync("Wekelijks contact tussen mentor en praktijkbegeleider.");
        await page.Locator("[name='Input.VoortijdigeBeeindiging']").FillAsync("Na overleg van alle partijen, twee weken opzegging.");
        await page.Locator("[name='Input.StartDate']").FillAsync(today);
        await page.Locator("[name='Input.EndDate']").FillAsync(TestClock.Today.AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("[name='Input.PlannedHours']").FillAsync("96");
        await page.Locator("[name='Input.Wednesday']").FillAsync("8");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Concept");
        var agreementUrl = page.Url;

        // The finding: not signed although the stage starts today.
        var finding = await E6FindingAsync(page, studentId, company);
        await Expect(finding).ToHaveCountAsync(1);
        await Axe.AssertNoSeriousViolationsAsync(page);

        // Out for signing, the signatures, getekend, actief.
        await page.GotoAsync(agreementUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ter ondertekening aanbieden" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Ter ondertekening");
        await Axe.AssertNoSeriousViolationsAsync(page);
        foreach (var (partij, name) in new[] { ("BevoegdGezag", "Drs. P. Smit"), ("Leerbedrijf", "Piet Begeleider"), ("WettelijkVertegenwoordiger", "Ouder Test"), ("Leerling", "Leerling Test") })
        {
            await page.Locator("form#onderteken [name='Input.Partij']").SelectOptionAsync(partij);
            await page.Locator("form#onderteken [name='Input.SignerName']").FillAsync(name);
            await page.Locator("form#onderteken [name='Input.SignedOn']").FillAsync(today);
            await page.GetByRole(AriaRole.Button, new() { Name = "Handtekening vastleggen" }).ClickAsync();
            await Expect(page.Locator("#ondertekeningen")).ToContainTextAsync(name);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Vastleggen als getekend" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Getekend");
        await page.GetByRole(AriaRole.Button, new() { Name = "Actief maken" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Actief");
        await Expect(page.Locator("#statusgeschiedenis tbody tr")).ToHaveCountAsync(3);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await AssertDownloadAsync(context, page, "Overeenkomst als PDF", "application/pdf");
        await AssertDownloadAsync(context, page, "Overeenkomst als Word-bestand", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        // The finding is gone.
        await Expect(await E6FindingAsync(page, studentId, company)).ToHaveCountAsync(0);
        await TestOutput.ScreenshotAsync(page, "partners-flow-leerling");
    }

    private const string OwnProfiel = "ZW";

    /// <summary>A fresh LWT student of the demo school, 15 years old (so the parents sign), without any agreement.</summary>
    private async Task<string> OwnStudentAsync(string suffix)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.App.Services.CreateSystemDbContext();
        var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(ct);
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = $"P{suffix}",
            FirstName = $"Partner{suffix}",
            LastName = $"Flow{suffix}",
            BirthDate = TestClock.Today.AddYears(-15),
            Leerweg = Leerweg.Bb,
            ProfielCode = OwnProfiel,
            Leerjaar = 3,
        };
        db.Leerlingen.Add(student);
        await db.SaveChangesAsync(ct);
        return student.Id.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<ILocator> E6FindingAsync(IPage page, string studentId, string company)
    {
        await page.GotoAsync($"/Leerlingen/Details/{studentId}");
        return page.Locator("li.finding").Filter(new() { HasText = company }).Filter(new() { HasText = "E6" });
    }

    private static async Task AssertDownloadAsync(IBrowserContext context, IPage page, string linkText, string contentType)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = linkText }).GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.Equal(200, response.Status);
        Assert.StartsWith(contentType, response.Headers["content-type"], StringComparison.Ordinal);
        Assert.True((await response.BodyAsync()).Length > 2_000, $"{linkText} is too small to be a document.");
    }
}
