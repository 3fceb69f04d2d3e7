using System.Net;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Herinneringen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Herinneringen;

/// <summary>
/// The reminder run on the demo school plus a few arranged records: each kind is written to the outbox once, a second
/// run writes nothing, and a school that switched every kind off on the reminders page gets none.
/// </summary>
public sealed class HerinneringRunTests
{
    private const string CoordinatorAddress = "anouk.verhoeven@school.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_SendsEachKindOnce_AndNothingOnTheSecondRun()
    {
        await using var app = new LeerwerkAppFactory();
        await app.InitializeAsync();
        var arranged = await ArrangeAsync(app);
        var run = app.Services.GetRequiredService<HerinneringRun>();

        var first = await run.RunAsync(Ct);

        await using (var db = app.CreateSystemDbContext())
        {
            var outbox = await db.Outbox.AsNoTracking().ToListAsync(Ct);
            var sent = await db.VerzondenHerinneringen.AsNoTracking().ToListAsync(Ct);
            Assert.Equal(first, sent.Count);
            Assert.Equal(
                [HerinneringSoort.HandtekeningOntbreekt, HerinneringSoort.UrenOverzicht, HerinneringSoort.Herbeoordeling,
                    HerinneringSoort.ErkenningVervalt, HerinneringSoort.Prognose],
                sent.Select(s => s.Soort).Distinct().Order().ToList());

            // The missing signature: the agreement ter ondertekening for ten days, not the one of two days.
            var signatures = sent.Where(s => s.Soort == HerinneringSoort.HandtekeningOntbreekt).Select(s => s.Onderwerp).ToList();
            Assert.Contains($"overeenkomst:{arranged.WaitingAgreementId}", signatures);
            Assert.DoesNotContain($"overeenkomst:{arranged.RecentAgreementId}", signatures);
            var signatureMail = Assert.Single(outbox, m => m.Kind == HerinneringMails.Naam(HerinneringSoort.HandtekeningOntbreekt)
                && m.Subject.Contains(arranged.WaitingFirstName, StringComparison.Ordinal));
            Assert.Equal(CoordinatorAddress, signatureMail.ToAddress);
            Assert.Contains("10 dagen", signatureMail.TextBody, StringComparison.Ordinal);
            Assert.Contains("de leerling", signatureMail.TextBody, StringComparison.Ordinal);

            // The weekly list of the arranged praktijkbegeleider carries a new, valid approval link for the agreement.
            var digest = Assert.Single(outbox, m => m.ToAddress == arranged.SupervisorAddress);
            Assert.Equal("Stage-uren wachten op uw goedkeuring", digest.Subject);
            Assert.Contains("2 dagen met uren", digest.TextBody, StringComparison.Ordinal);
            var token = digest.TextBody.Split("/goedkeuren/")[1][..Goedkeuringslink.TokenLength];
            var agreement = await db.Leerwerkovereenkomsten.AsNoTracking().SingleAsync(o => o.Id == arranged.HoursAgreementId, Ct);
            Assert.Equal(GoedkeuringslinkState.Geldig, Goedkeuringslink.StateOf(agreement, token, Arrange.Today));
            Assert.Equal("2026-W50", HerinneringBronnen.Week(Arrange.Today));

            // A finding about a student names no student in the mail (the demo's E1 and B2 students), only links to it.
            var prognoses = outbox.Where(m => m.Kind == HerinneringMails.Naam(HerinneringSoort.Prognose)).ToList();
            Assert.NotEmpty(prognoses);
            Assert.All(prognoses, m => Assert.DoesNotMatch("Hendriks|Jansen|van den Berg|Willems|Yılmaz", m.TextBody));
            Assert.All(prognoses, m => Assert.Contains("://", m.TextBody, StringComparison.Ordinal));

            // F1 and F2 once per company, to each coordinator.
            Assert.All(sent.Where(s => s.Soort is HerinneringSoort.Herbeoordeling or HerinneringSoort.ErkenningVervalt),
                s => Assert.StartsWith("leerbedrijf:", s.Onderwerp, StringComparison.Ordinal));
        }

        int outboxCount;
        await using (var db = app.CreateSystemDbContext())
        {
            outboxCount = await db.Outbox.CountAsync(Ct);
        }

        Assert.Equal(0, await run.RunAsync(Ct));
        await using (var db = app.CreateSystemDbContext())
        {
            Assert.Equal(outboxCount, await db.Outbox.CountAsync(Ct));
            Assert.Equal(first, await db.VerzondenHerinneringen.CountAsync(Ct));
        }
    }

    [Fact]
    public async Task MissingSignature_RemindsEachUnsignedPartyWithANewLink_AndTellsTheCoordinatorWho()
    {
        await using var app = new LeerwerkAppFactory();
        await app.InitializeAsync();
        var arranged = await ArrangeAsync(app);
        const string studentAddress = "leerling.herinnering@example.nl";
        const string supervisorAddress = "begeleider.herinnering@example.nl";
        string oldToken;
        string studentName;
        await using (var db = app.CreateSystemDbContext())
        {
            var agreement = await db.Leerwerkovereenkomsten.Include(o => o.Leerling).Include(o => o.Praktijkbegeleider)
                .SingleAsync(o => o.Id == arranged.WaitingAgreementId, Ct);
            agreement.Leerling!.Email = studentAddress;
            agreement.Praktijkbegeleider!.Email = supervisorAddress;
            studentName = agreement.Leerling.FullName;

            // The link of the first round, ten days ago: the reminder's new link replaces it.
            var (link, token) = Tekenlink.Issue(agreement, Partij.Leerling, studentName, studentAddress, Arrange.UtcNow.AddDays(-10), 30);
            db.Ondertekeningslinks.Add(link);
            oldToken = token;
            await db.SaveChangesAsync(Ct);
        }

        await app.Services.GetRequiredService<HerinneringRun>().RunAsync(Ct);

        await using (var db = app.CreateSystemDbContext())
        {
            var outbox = await db.Outbox.AsNoTracking().ToListAsync(Ct);
            using var anonymous = TestClient.Create(app);
            foreach (var address in new[] { studentAddress, supervisorAddress })
            {
                var reminder = Assert.Single(outbox, m => m.ToAddress == address);
                Assert.StartsWith("Herinnering: Leer-werkovereenkomst van ", reminder.Subject, StringComparison.Ordinal);
                Assert.Contains("Uw handtekening ontbreekt nog", reminder.TextBody, StringComparison.Ordinal);
                var token = System.Text.RegularExpressions.Regex.Match(reminder.TextBody, "/ondertekenen/([A-Za-z0-9_-]{43})").Groups[1].Value;
                var (response, page) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains(studentName, page.QuerySelector("#overeenkomst")!.TextContent, StringComparison.Ordinal);
            }

            var (old, _) = await anonymous.GetPageAsync($"/ondertekenen/{oldToken}");
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
            var coordinator = Assert.Single(outbox, m => m.Kind == HerinneringMails.Naam(HerinneringSoort.HandtekeningOntbreekt)
                && m.Subject.Contains(arranged.WaitingFirstName, StringComparison.Ordinal));
            Assert.Contains("Een herinnering met een nieuwe link ging vandaag naar: ", coordinator.TextBody, StringComparison.Ordinal);
            Assert.Contains(studentName, coordinator.TextBody, StringComparison.Ordinal);
        }

        // Once per round: the next run reminds nobody again.
        Assert.Equal(0, await app.Services.GetRequiredService<HerinneringRun>().RunAsync(Ct));
    }

    [Fact]
    public async Task Herbeoordeling_DueInTwoMonths_OnceBeforeF1_NotFourMonthsAhead_OverdueStaysTheF1Reminder()
    {
        await using var app = new LeerwerkAppFactory();
        await app.InitializeAsync();
        var arranged = await ArrangeAsync(app);
        var run = app.Services.GetRequiredService<HerinneringRun>();

        await run.RunAsync(Ct);

        await using (var db = app.CreateSystemDbContext())
        {
            var sent = await db.VerzondenHerinneringen.AsNoTracking().Where(s => s.Soort == HerinneringSoort.Herbeoordeling).ToListAsync(Ct);
            var soon = await db.Leerbedrijven.AsNoTracking().Include(b => b.Erkenningen).SingleAsync(b => b.Id == arranged.SoonCompanyId, Ct);
            var due = Arrange.Today.AddMonths(2);
            var reminder = Assert.Single(sent, s => s.Onderwerp == $"leerbedrijf:{soon.Id}:f1");
            Assert.Equal($"binnenkort:{soon.Erkenningen[0].Id}:{Arrange.IsoDate(due)}", reminder.Aanleiding);
            Assert.DoesNotContain(sent, s => s.Onderwerp == $"leerbedrijf:{arranged.LaterCompanyId}:f1");

            var outbox = await db.Outbox.AsNoTracking().Where(m => m.Kind == HerinneringMails.Naam(HerinneringSoort.Herbeoordeling)).ToListAsync(Ct);
            var mail = Assert.Single(outbox, m => m.Subject == $"Herbeoordeling SBB binnenkort: {soon.Name}");
            Assert.Equal(CoordinatorAddress, mail.ToAddress);
            Assert.Contains($"uiterlijk {Nl.Date(due)} nodig", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains($"regel F1, {RuleCatalog.Get("F1", Arrange.Today).Citation.Text}", mail.TextBody, StringComparison.Ordinal);

            // The demo's overdue assessments: F1 fires, and its reminder is the finding's, as before.
            var overdue = sent.Where(s => !s.Aanleiding.StartsWith("binnenkort:", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(overdue);
            Assert.All(overdue, s => Assert.StartsWith("Error:", s.Aanleiding, StringComparison.Ordinal));
            Assert.Equal(overdue.Count, outbox.Count(m => m.Subject.StartsWith("Herbeoordeling SBB: ", StringComparison.Ordinal)));
            Assert.All(outbox.Where(m => m.Subject.StartsWith("Herbeoordeling SBB: ", StringComparison.Ordinal)),
                m => Assert.Contains("is te laat", m.TextBody, StringComparison.Ordinal));
        }

        Assert.Equal(0, await run.RunAsync(Ct));
        await using (var db = app.CreateSystemDbContext())
        {
            Assert.Single(await db.VerzondenHerinneringen.AsNoTracking().Where(s => s.Onderwerp == $"leerbedrijf:{arranged.SoonCompanyId}:f1").ToListAsync(Ct));
        }
    }

    [Fact]
    public async Task SwitchedOffOnThePage_NoReminderIsWritten()
    {
        await using var app = new LeerwerkAppFactory();
        await app.InitializeAsync();
        await ArrangeAsync(app);
        using (var client = await TestClient.LoggedInAsync(app, "coordinator"))
        {
            var response = await client.SubmitFormAsync("/Herinneringen", "form#herinneringen-form", new Dictionary<string, string>
            {
                ["Input.HandtekeningAan"] = "false",
                ["Input.HandtekeningDagen"] = "14",
                ["Input.UrenOverzichtAan"] = "false",
                ["Input.HerbeoordelingAan"] = "false",
                ["Input.ErkenningAan"] = "false",
                ["Input.SamenwerkingAan"] = "false",
                ["Input.PrognoseAan"] = "false",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(0, await app.Services.GetRequiredService<HerinneringRun>().RunAsync(Ct));
        await using var db = app.CreateSystemDbContext();
        Assert.Equal(0, await db.Outbox.CountAsync(Ct));
        var instellingen = await db.HerinneringInstellingen.SingleAsync(Ct);
        Assert.Equal(14, instellingen.HandtekeningDagen);
        Assert.False(instellingen.PrognoseAan);
    }

    [Fact]
    public async Task Page_RefusesZeroDays_InDutch()
    {
        await using var app = new LeerwerkAppFactory();
        await app.InitializeAsync();
        using var client = await TestClient.LoggedInAsync(app, "coordinator");
        var response = await client.SubmitFormAsync("/Herinneringen", "form#herinneringen-form", new Dictionary<string, string>
        {
            ["Input.HandtekeningDagen"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vul een aantal dagen in van 1 tot en met 365", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var db = app.CreateSystemDbContext();
        Assert.Equal(0, await db.HerinneringInstellingen.CountAsync(Ct));
    }

    /// <summary>The ids and addresses <see cref="ArrangeAsync"/> made.</summary>
    internal sealed record Arranged(int WaitingAgreementId, string WaitingFirstName, int RecentAgreementId, int HoursAgreementId, string SupervisorAddress,
        int SoonCompanyId, int LaterCompanyId);

    /// <summary>
    /// On the demo school (F1, B2 and E1 findings, hours waiting at the demo companies): an address for the demo
    /// coordinator, an agreement ter ondertekening for ten days and one for two, two days of hours waiting at a new
    /// company's praktijkbegeleider, a company whose erkenning lapses in two months (F2), and two companies whose SBB
    /// reassessment is due in two and in four months (granted four years before, never assessed).
    /// </summary>
    internal static async Task<Arranged> ArrangeAsync(LeerwerkAppFactory app)
    {
        var waiting = await Arrange.PlacementAsync(app);
        var recent = await Arrange.PlacementAsync(app);
        var hours = await Arrange.PlacementAsync(app, hours:
        [
            (Arrange.LastWeekMonday, 8m, UrenStatus.Ingevoerd),
            (Arrange.LastWeekMonday.AddDays(1), 8m, UrenStatus.Ingevoerd),
        ]);
        await Arrange.CompanyAsync(app, new Erkenning { ProfielCode = "ZW", IsLwt = true, GrantedOn = Arrange.Today.AddYears(-4).AddMonths(2), LastAssessedOn = Arrange.Today.AddYears(-1) });
        var soon = await Arrange.CompanyAsync(app, new Erkenning { ProfielCode = "ZW", IsLwt = true, GrantedOn = Arrange.Today.AddMonths(2).AddYears(-4) });
        var later = await Arrange.CompanyAsync(app, new Erkenning { ProfielCode = "ZW", IsLwt = true, GrantedOn = Arrange.Today.AddMonths(4).AddYears(-4) });
        var supervisorAddress = $"begeleider{Guid.NewGuid():N}"[..20] + "@bedrijf.example";
        await using var db = app.CreateSystemDbContext();
        var coordinator = await db.Users.SingleAsync(u => u.UserName == "coordinator", Ct);
        coordinator.Email = CoordinatorAddress;
        foreach (var (id, days) in new[] { (waiting.AgreementId, 10), (recent.AgreementId, 2) })
        {
            var agreement = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct);
            Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.TerOndertekening);
            db.StatusWijzigingen.Add(new StatusWijziging
            {
                SchoolId = agreement.SchoolId,
                LeerwerkovereenkomstId = id,
                From = LeerwerkovereenkomstStatus.Concept,
                To = LeerwerkovereenkomstStatus.TerOndertekening,
                ChangedBy = "coordinator",
                ChangedAt = Arrange.UtcNow.AddDays(-days),
            });
        }

        var hoursAgreement = await db.Leerwerkovereenkomsten.Include(o => o.Praktijkbegeleider).SingleAsync(o => o.Id == hours.AgreementId, Ct);
        hoursAgreement.Praktijkbegeleider!.Email = supervisorAddress;
        await db.SaveChangesAsync(Ct);
        return new Arranged(waiting.AgreementId, waiting.FirstName, recent.AgreementId, hours.AgreementId, supervisorAddress, soon.Id, later.Id);
    }
}
