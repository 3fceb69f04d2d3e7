using System.Net;
using Leerwerk.Data.Mail;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Leerwerk.IntegrationTests.Mail;

/// <summary>
/// The outbox end to end, against a real SMTP server on loopback: a message is stored with the change that causes it
/// (the e-mailed approval link) or not at all, survives an app that dies before sending, and a refused message is
/// retried and then shown as failed with the server's answer.
/// </summary>
public sealed class OutboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RolledBackChange_LeavesNoMessage_AndNothingIsSent()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = new MailAppFactory(smtp.Port);
        await app.InitializeAsync();
        var placement = await Arrange.PlacementAsync(app);

        await using (var db = app.CreateScopedDbContext("coordinator", placement.SchoolId))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var agreement = await db.Leerwerkovereenkomsten.Include(o => o.Leerling).Include(o => o.Leerbedrijf).Include(o => o.Praktijkbegeleider)
                .SingleAsync(o => o.Id == placement.AgreementId, Ct);
            var school = await db.Scholen.SingleAsync(s => s.Id == placement.SchoolId, Ct);
            var now = DateTime.UtcNow;
            var token = Goedkeuringslink.Issue(agreement, now);
            MailOutbox.Enqueue(db, school, new MailContent("Goedkeuringslink", "piet@example.nl", "Piet", "Onderwerp", "tekst " + token, "<p>html</p>"), now);
            await db.SaveChangesAsync(Ct);
            await transaction.RollbackAsync(Ct);
        }

        await using (var db = app.CreateSystemDbContext())
        {
            Assert.Null((await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == placement.AgreementId, Ct)).ApprovalTokenHash);
            Assert.Equal(0, await db.Outbox.CountAsync(Ct));
        }

        // Several passes of the sender later, the server has still been offered nothing.
        await Task.Delay(1000, Ct);
        Assert.Equal(0, smtp.Offered);
    }

    [Fact]
    public async Task CommittedMessage_OfAnAppThatDiedBeforeSending_IsSentByTheNextStart()
    {
        await using var smtp = new TestSmtpServer();
        await using var first = new MailAppFactory(smtp.Port, senderEnabled: false);
        await first.InitializeAsync();
        var placement = await Arrange.PlacementAsync(first);
        var supervisor = await SupervisorWithAddressAsync(first, placement.AgreementId);

        using (var client = await TestClient.LoggedInAsync(first))
        {
            // A forged Host header must not end up in the link.
            client.Http.DefaultRequestHeaders.Host = "aanvaller.example";
            var url = $"/Overeenkomsten/Goedkeuringslink/{placement.AgreementId}";
            var response = await client.SubmitFormAsync(url, "form#mailen", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        int messageId;
        await using (var db = first.CreateSystemDbContext())
        {
            var queued = await db.Outbox.SingleAsync(Ct);
            Assert.Equal(OutboxStatus.Queued, queued.Status);
            Assert.Equal(0, queued.Attempts);
            Assert.NotNull((await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == placement.AgreementId, Ct)).ApprovalTokenHash);
            messageId = queued.Id;
        }

        await Task.Delay(600, Ct);
        Assert.Equal(0, smtp.Offered);

        // The "restart": a new app on the same database, with its sender running.
        await using var second = new MailAppFactory(smtp.Port, first.Database);
        await second.InitializeAsync();
        await TestSmtpServer.WaitForAsync(async () =>
        {
            await using var db = second.CreateSystemDbContext();
            return (await db.Outbox.SingleAsync(m => m.Id == messageId, Ct)).Status == OutboxStatus.Sent;
        }, "the queued message to be sent");

        var mail = Assert.Single(smtp.Received);
        Assert.Equal(supervisor, Assert.IsType<MailboxAddress>(mail.To.Single()).Address);
        Assert.Equal("Vmbo De Rivierenborg", Assert.IsType<MailboxAddress>(mail.From.Single()).Name);
        Assert.StartsWith("Stage-uren van ", mail.Subject, StringComparison.Ordinal);
        Assert.NotNull(mail.HtmlBody);
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"https://\S+").Value;
        Assert.Matches($"^{MailAppFactory.PublicBaseUrl}/goedkeuren/[A-Za-z0-9_-]{{43}}$", link);
        Assert.Contains(link, mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("aanvaller", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);

        // The mailed link is the valid one.
        using var anonymous = TestClient.Create(second);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetPageAsync(new Uri(link).AbsolutePath)).Response.StatusCode);
    }

    [Fact]
    public async Task RefusedMessage_IsRetried_ThenShownAsFailedWithTheServersAnswer()
    {
        const string answer = "Postvak bestaat niet (test)";
        await using var smtp = new TestSmtpServer(refusal: answer);
        await using var app = new MailAppFactory(smtp.Port);
        await app.InitializeAsync();
        var placement = await Arrange.PlacementAsync(app);
        await SupervisorWithAddressAsync(app, placement.AgreementId);

        using (var client = await TestClient.LoggedInAsync(app))
        {
            await client.SubmitFormAsync($"/Overeenkomsten/Goedkeuringslink/{placement.AgreementId}", "form#mailen", new Dictionary<string, string>());
        }

        await TestSmtpServer.WaitForAsync(async () =>
        {
            await using var db = app.CreateSystemDbContext();
            return (await db.Outbox.SingleAsync(Ct)).Status == OutboxStatus.Failed;
        }, "the refused message to be marked failed");

        Assert.Equal(MailAppFactory.MaxAttempts, smtp.Offered);
        await using (var db = app.CreateSystemDbContext())
        {
            var failed = await db.Outbox.SingleAsync(Ct);
            Assert.Equal(MailAppFactory.MaxAttempts, failed.Attempts);
            Assert.Contains(answer, failed.LastError, StringComparison.Ordinal);
        }

        using var beheerder = await TestClient.LoggedInAsync(app, "demobeheerder");
        var (_, page) = await beheerder.GetPageAsync("/Berichten");
        var row = page.QuerySelector("#berichten tbody tr")!;
        Assert.Contains("mislukt", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(answer, row.TextContent, StringComparison.Ordinal);
        var (_, detail) = await beheerder.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("/goedkeuren/", detail.QuerySelector("#tekst")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(answer, detail.QuerySelector("#antwoord")!.TextContent, StringComparison.Ordinal);

        // Not the coordinator's page.
        using var coordinator = await TestClient.LoggedInAsync(app);
        Assert.NotEqual(HttpStatusCode.OK, (await coordinator.GetPageAsync("/Berichten")).Response.StatusCode);
    }

    private static async Task<string> SupervisorWithAddressAsync(LeerwerkAppFactory app, int agreementId)
    {
        await using var db = app.CreateSystemDbContext();
        var agreement = await db.Leerwerkovereenkomsten.Include(o => o.Praktijkbegeleider).SingleAsync(o => o.Id == agreementId, Ct);
        var address = $"begeleider{agreement.PraktijkbegeleiderId}@leerbedrijf.example";
        agreement.Praktijkbegeleider!.Email = address;
        await db.SaveChangesAsync(Ct);
        return address;
    }
}
