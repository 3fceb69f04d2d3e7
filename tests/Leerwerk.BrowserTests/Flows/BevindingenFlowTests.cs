using System.Globalization;
using Leerwerk.BrowserTests.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Demo;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// Issue #14, done when: the coördinator opens Bevindingen, filters on E6, follows the link to the agreement, records the
/// missing signature, and the finding is gone from the worklist; axe-core finds no serious violation on the new pages.
/// The test makes its own student in its own class, so the demo and other tests do not change what it sees.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BevindingenFlowTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worklist_E6_LinkToAgreement_SignatureRecorded_FindingGone()
    {
        var klas = $"W{Guid.NewGuid():N}"[..8];
        var (agreementId, start) = await StartedPlacementWithoutCompanySignatureAsync(klas);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page);

        // 1. The worklist, from the main menu; by rule, with the counts.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Bevindingen" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Bevindingen");
        await Expect(page.Locator("#per-regel tr[data-regel='E6']")).ToHaveCountAsync(1);
        await TestOutput.ScreenshotAsync(page, "bevindingen");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // 2. Filter on E6 (and on the test's own class): one finding, about this agreement.
        await page.GetByLabel("Regel", new() { Exact = true }).SelectOptionAsync("E6");
        await page.GetByLabel("Klas", new() { Exact = true }).SelectOptionAsync(klas);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        var rows = page.Locator("#bevindingen tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToHaveAttributeAsync("data-regel", "E6");
        await Expect(rows.First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("leerbedrijf", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "per leerling of leerbedrijf" }).ClickAsync();
        await Expect(page.Locator("#per-onderwerp tbody tr")).ToHaveCountAsync(1);
        await Axe.AssertNoSeriousViolationsAsync(page);

        // 3. The link leads to the agreement's signatures; record the missing one, dated before the start.
        await page.Locator("#bevindingen a.herstel").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Overeenkomsten/Leerwerk/{agreementId}#ondertekening$"));
        await page.Locator("form#onderteken [name='Input.Partij']").SelectOptionAsync(nameof(Partij.Leerbedrijf));
        await page.Locator("form#onderteken [name='Input.SignerName']").FillAsync("Piet Begeleider");
        await page.Locator("form#onderteken [name='Input.SignedOn']").FillAsync(start.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Handtekening vastleggen" }).ClickAsync();
        await Expect(page.Locator("#ondertekeningen")).ToContainTextAsync("Piet Begeleider");

        // 4. Back in the worklist with the same filters: the finding is gone.
        await page.GotoAsync($"/Bevindingen?regel=E6&klas={klas}");
        await Expect(page.Locator("#geen-bevindingen")).ToBeVisibleAsync();
        await Expect(page.Locator("#bevindingen")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Gezien_MarkAWarning_ItShowsUnderAlles_AxeClean_AndIsUndone()
    {
        var klas = $"G{Guid.NewGuid():N}"[..8];
        await CandidateWithoutIntakeAsync(klas);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page);

        // 1. The student's B7 warnings (no intake recorded); mark the first one "gezien" with an explanation.
        await page.GotoAsync($"/Bevindingen?regel=B7&klas={klas}");
        var rows = page.Locator("#bevindingen tbody tr");
        var count = await rows.CountAsync();
        Assert.True(count > 0, "the arranged candidate has B7 warnings");
        await rows.First.Locator("summary").ClickAsync();
        await rows.First.GetByLabel("Uitleg").FillAsync("Intake volgt na de kerstvakantie; afgesproken met ouders.");
        await rows.First.GetByRole(AriaRole.Button, new() { Name = "Gezien", Exact = true }).ClickAsync();
        await Expect(page.Locator("#geen-bevindingen")).ToBeVisibleAsync();

        // 2. Under "Alles, ook gezien": every B7 of the student, with who, when and why; axe on the page in this state.
        await page.GetByLabel("Tonen", new() { Exact = true }).SelectOptionAsync("alles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(count);
        await Expect(rows.First).ToContainTextAsync("Gezien door coordinator");
        await Expect(rows.First).ToContainTextAsync("Intake volgt na de kerstvakantie");
        await TestOutput.ScreenshotAsync(page, "bevindingen-alles");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // 3. Undo: the warnings are open again in the default view.
        await rows.First.GetByRole(AriaRole.Button, new() { Name = "Ongedaan maken" }).ClickAsync();
        await Expect(page.Locator("p.status")).ToContainTextAsync("ongedaan gemaakt");
        await page.GotoAsync($"/Bevindingen?regel=B7&klas={klas}");
        await Expect(rows).ToHaveCountAsync(count);
        await Expect(page.Locator("#bevindingen [data-gezien='ja']")).ToHaveCountAsync(0);
    }

    /// <summary>A leerjaar-3 student in a class of its own, meant for the LWT (lwtBeoogd) but without any intake step: B7 warnings.</summary>
    private async Task CandidateWithoutIntakeAsync(string klas)
    {
        await using var db = fixture.App.Services.CreateSystemDbContext();
        var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(Ct);
        db.Leerlingen.Add(new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = klas,
            FirstName = "Gezien" + klas,
            LastName = "Proef" + klas,
            BirthDate = new DateOnly(2011, 5, 5),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            ClassName = klas,
            LwtBeoogd = true,
        });
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>A minor in a class of its own, with an active agreement that started two weeks ago and lacks the leerbedrijf's signature.</summary>
    private async Task<(int AgreementId, DateOnly Start)> StartedPlacementWithoutCompanySignatureAsync(string klas)
    {
        await using var db = fixture.App.Services.CreateSystemDbContext();
        var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(Ct);
        var company = new Leerbedrijf { SchoolId = schoolId, Name = $"Werklijstbedrijf {klas}", KvkNumber = "9" + Random.Shared.Next(1_000_000, 9_999_999) };
        company.Praktijkbegeleiders.Add(new Praktijkbegeleider { SchoolId = schoolId, Name = "Piet Begeleider", IsQualified = true });
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = klas,
            FirstName = "Werk" + klas,
            LastName = "Lijst" + klas,
            BirthDate = new DateOnly(2011, 5, 5),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            ClassName = klas,
        };
        db.AddRange(company, student);
        await db.SaveChangesAsync(Ct);

        var start = TestClock.Today.AddDays(-14);
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = schoolId,
            LeerlingId = student.Id,
            LeerbedrijfId = company.Id,
            PraktijkbegeleiderId = company.Praktijkbegeleiders[0].Id,
            StartDate = start,
            EndDate = TestClock.Today.AddMonths(6),
            Rooster = new Rooster { Monday = 8m, Tuesday = 8m },
        };
        Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.Actief);
        agreement.Ondertekeningen.Add(new Ondertekening { SchoolId = schoolId, Partij = Partij.BevoegdGezag, SignerName = "Drs. P. Smit", SignedOn = start.AddDays(-7) });
        agreement.Ondertekeningen.Add(new Ondertekening { SchoolId = schoolId, Partij = Partij.WettelijkVertegenwoordiger, SignerName = "Ouder Lijst", SignedOn = start.AddDays(-7) });
        db.Leerwerkovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(Ct);
        return (agreement.Id, start);
    }
}
