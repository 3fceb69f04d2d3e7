using System.Globalization;
using System.Text.RegularExpressions;
using Leerwerk.BrowserTests.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Mail;
using Leerwerk.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// Issue #16 end to end: the coördinator sends an agreement for signing; the four e-mails arrive at a real SMTP server
/// in the test; each signer opens the link in a fresh browser, asks for the code, reads it from the next e-mail and
/// signs; the agreement is getekend with four signatures and the signed PDF downloads. A mail scanner's GET changes
/// nothing; an expired, revoked or tampered link gets the Dutch refusal page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OndertekenenFlowTests(BrowserFixture fixture)
{
    private const string Refusal = "Deze link is onjuist, verlopen, ingetrokken of al gebruikt.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"https?://[^\s]+/ondertekenen/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^Uw code: ([0-9]{6})$")]
    private static partial Regex CodePattern();

    [Fact]
    public async Task FourPartiesSignThroughTheirMailedLinks_AndTheAgreementIsGetekend()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = new BrowserAppFactory(settings: new Dictionary<string, string>
        {
            ["Mail:Delivery"] = "Smtp",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:SenderEnabled"] = "true",
            ["Mail:PollInterval"] = "00:00:00.2",
            ["Mail:RetryDelay"] = "00:00:00.2",
        });
        app.Start();
        var signing = await AgreementAsync(app, "Eerste");
        var other = await AgreementAsync(app, "Tweede");

        await using var staff = await fixture.NewContextAsync(app.BaseAddress);
        var page = await staff.NewPageAsync();
        await Session.LogInAsync(page);
        foreach (var agreement in new[] { signing, other })
        {
            await page.GotoAsync($"/Overeenkomsten/Leerwerk/{agreement.Id}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ter ondertekening aanbieden" }).ClickAsync();
            await Expect(page.Locator("p.status")).ToContainTextAsync("Iedereen die moet tekenen krijgt een link per e-mail.");
        }

        await Expect(page.Locator("#tekenlinks tbody tr")).ToHaveCountAsync(4);
        await Axe.AssertNoSeriousViolationsAsync(page, "overeenkomst-tekenlinks");

        // The four e-mails of the first agreement, one per signer.
        var links = await LinksAsync(smtp, signing.StudentName);
        Assert.Equal(4, links.Count);
        Assert.Equal(signing.Addresses.Order(StringComparer.Ordinal), links.Keys.Order(StringComparer.Ordinal));

        // A mail scanner opens a link: nothing changes.
        var (address, scanned) = links.First();
        using (var scanner = new HttpClient())
        {
            var before = await StateAsync(app, signing.Id);
            Assert.Contains("Leer-werkovereenkomst ondertekenen", await scanner.GetStringAsync(new Uri(scanned), Ct), StringComparison.Ordinal);
            Assert.Equal(before, await StateAsync(app, signing.Id));
        }

        var first = true;
        foreach (var (to, link) in links)
        {
            await using var signer = await fixture.NewContextAsync(app.BaseAddress);
            var signerPage = await signer.NewPageAsync();
            await signerPage.GotoAsync(link);
            await Expect(signerPage.Locator("#overeenkomst")).ToContainTextAsync("Artikel 1. Inhoud van de stage");
            if (first)
            {
                await TestOutput.ScreenshotAsync(signerPage, "ondertekenen-link");
                await Axe.AssertNoSeriousViolationsAsync(signerPage, "ondertekenen");
            }

            var codes = CodeMails(smtp, to).Count;
            await signerPage.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een code" }).ClickAsync();
            await Expect(signerPage.Locator("p.status")).ToContainTextAsync("We hebben een code gestuurd");
            await TestSmtpServer.WaitForAsync(() => Task.FromResult(CodeMails(smtp, to).Count > codes), $"the code mail to {to}");
            var code = CodePattern().Match(CodeMails(smtp, to)[^1].Subject ?? "").Groups[1].Value;

            await signerPage.GetByLabel("Uw volledige naam").FillAsync($"Tekenaar {to.Split('@')[0]}");
            await signerPage.GetByLabel("Ik heb de tekst gelezen en ga akkoord").CheckAsync();
            await signerPage.GetByLabel("Code uit de e-mail (6 cijfers)").FillAsync(code);
            await signerPage.GetByRole(AriaRole.Button, new() { Name = "Ondertekenen" }).ClickAsync();
            await Expect(signerPage.Locator("#getekend")).ToBeVisibleAsync();
            if (first)
            {
                await Axe.AssertNoSeriousViolationsAsync(signerPage, "ondertekenen-bedankt");
                first = false;
            }
        }

        await page.GotoAsync($"/Overeenkomsten/Leerwerk/{signing.Id}");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Getekend");
        await Expect(page.Locator("#ondertekeningen tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("#ondertekeningen")).ToContainTextAsync("Elektronisch via link");
        await TestOutput.ScreenshotAsync(page, "ondertekenen-getekend");
        var pdf = await staff.APIRequest.GetAsync($"/Documenten/Leerwerkovereenkomst/{signing.Id}?formaat=pdf");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);

        // The refusals: a used link, an expired one, a revoked one and a tampered one get the same Dutch page.
        var others = (await LinksAsync(smtp, other.StudentName)).Values.ToList();
        await using (var db = app.Services.CreateSystemDbContext())
        {
            var hash = Tekenlink.Hash(others[0][^Tekenlink.TokenLength..]);
            var expired = await db.Ondertekeningslinks.SingleAsync(l => l.TokenHash == hash, Ct);
            expired.ExpiresAt = TestClock.Instance.UtcDateTime.AddMinutes(-1);
            await db.SaveChangesAsync(Ct);
        }

        await page.GotoAsync($"/Overeenkomsten/Leerwerk/{other.Id}");
        int revokedId;
        await using (var db = app.Services.CreateSystemDbContext())
        {
            var hash = Tekenlink.Hash(others[1][^Tekenlink.TokenLength..]);
            revokedId = (await db.Ondertekeningslinks.SingleAsync(l => l.TokenHash == hash, Ct)).Id;
        }

        await page.Locator($"#intrekken-{revokedId} button").ClickAsync();
        await Expect(page.Locator("p.status")).ToContainTextAsync("is ingetrokken");
        var tampered = others[2][..^1] + (others[2][^1] == 'A' ? 'B' : 'A');
        await using var stranger = await fixture.NewContextAsync(app.BaseAddress);
        var strangerPage = await stranger.NewPageAsync();
        foreach (var bad in new[] { scanned, others[0], others[1], tampered })
        {
            var response = await strangerPage.GotoAsync(bad);
            Assert.Equal(404, response!.Status);
            await Expect(strangerPage.Locator("#link-fout")).ToContainTextAsync(Refusal);
            await Expect(strangerPage.Locator("main")).Not.ToContainTextAsync(other.StudentName);
        }

        await Axe.AssertNoSeriousViolationsAsync(strangerPage, "ondertekenen-geweigerd");
    }

    private static List<MimeMessage> CodeMails(TestSmtpServer smtp, string to) =>
        [.. smtp.Received.Where(m => (m.Subject ?? "").StartsWith("Uw code: ", StringComparison.Ordinal) && m.To.Mailboxes.Any(b => b.Address == to))];

    private static async Task<Dictionary<string, string>> LinksAsync(TestSmtpServer smtp, string studentName)
    {
        List<MimeMessage> Mails() => [.. smtp.Received.Where(m => (m.Subject ?? "").Contains(studentName, StringComparison.Ordinal))];
        await TestSmtpServer.WaitForAsync(() => Task.FromResult(Mails().Count >= 4), $"four signing links for {studentName}");
        return Mails().ToDictionary(m => m.To.Mailboxes.Single().Address, m => LinkPattern().Match(m.TextBody ?? "").Value);
    }

    private static async Task<(int Audit, int Signatures, int Codes)> StateAsync(BrowserAppFactory app, int agreementId)
    {
        await using var db = app.Services.CreateSystemDbContext();
        return (await db.Audit.CountAsync(Ct),
            await db.Ondertekeningen.CountAsync(o => o.LeerwerkovereenkomstId == agreementId, Ct),
            await db.Ondertekeningslinks.CountAsync(l => l.LeerwerkovereenkomstId == agreementId && l.CodeHash != null, Ct));
    }

    /// <summary>A complete concept for a new minor with one parent, at a new leerbedrijf; every signer has an address.</summary>
    private static async Task<Arranged> AgreementAsync(BrowserAppFactory app, string label)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using var db = app.Services.CreateSystemDbContext();
        var school = await db.Scholen.OrderBy(s => s.Id).FirstAsync(Ct);
        school.SignatoryEmail = "bestuurder@svo-rivierenland.example";
        var company = new Leerbedrijf { SchoolId = school.Id, Name = $"Teken {label} {suffix}", KvkNumber = Random.Shared.Next(90_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture), City = "Tiel" };
        var supervisor = new Praktijkbegeleider { SchoolId = school.Id, Name = "Piet Begeleider", Function = "Chef", IsQualified = true, Email = $"piet.{suffix}@bedrijf.example" };
        company.Praktijkbegeleiders.Add(supervisor);
        var student = new Leerling
        {
            SchoolId = school.Id,
            Leerlingnummer = $"B{suffix}",
            FirstName = label,
            LastName = $"Vos{suffix}",
            BirthDate = TestClock.Today.AddYears(-15),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            Email = $"leerling.{suffix}@school.example",
            Vertegenwoordigers = [new WettelijkVertegenwoordiger { SchoolId = school.Id, Name = $"Anna Vos{suffix}", Relation = "moeder", Email = $"ouder.{suffix}@thuis.example" }],
        };
        db.Leerbedrijven.Add(company);
        db.Leerlingen.Add(student);
        await db.SaveChangesAsync(Ct);
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = school.Id,
            LeerlingId = student.Id,
            LeerbedrijfId = company.Id,
            PraktijkbegeleiderId = supervisor.Id,
            MentorName = "J. Mentor",
            Inhoud = "Meewerken in de keuken.",
            Leerdoelen = "Werken volgens recept.",
            Beoordelingsmaatstaven = "Beoordeling door de praktijkbegeleider.",
            Begeleiding = "Wekelijks contact.",
            VoortijdigeBeeindiging = "In overleg, met een week opzegtermijn.",
            StartDate = TestClock.Today.AddMonths(1),
            EndDate = TestClock.Today.AddMonths(6),
            PlannedHours = 240m,
            Rooster = new Rooster { Monday = 8m, Tuesday = 8m },
        };
        db.Leerwerkovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(Ct);
        return new Arranged(agreement.Id, student.FullName,
            [school.SignatoryEmail, supervisor.Email, student.Email, student.Vertegenwoordigers[0].Email!]);
    }

    private sealed record Arranged(int Id, string StudentName, IReadOnlyList<string> Addresses);
}
