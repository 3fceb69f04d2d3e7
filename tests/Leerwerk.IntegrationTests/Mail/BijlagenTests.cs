using System.Net;
using System.Text;
using Leerwerk.Data.Avg;
using Leerwerk.Data.Mail;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Documents.Subsidie;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Leerwerk.IntegrationTests.Mail;

/// <summary>
/// Attachments through the outbox against a real SMTP server (ADR 0013): a company's Subsidie praktijkleren pack
/// arrives as PDF and CSV, the beheerder sees the files named on the message, and erasing a student deletes the files
/// that hold the student so that a waiting mail is never sent without them (or with them).
/// </summary>
public sealed class BijlagenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EvidencePack_ArrivesWithItsPdfAndCsv_NamedOnTheBeheerdersPage()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = new MailAppFactory(smtp.Port);
        await app.InitializeAsync();
        var (placement, companyId, address) = await PackAsync(app);

        using (var client = await TestClient.LoggedInAsync(app))
        {
            var response = await client.SubmitFormAsync($"/Leerbedrijven/Subsidie/{companyId}", "form[action*='handler=Versturen']", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await TestSmtpServer.WaitForAsync(async () =>
        {
            await using var db = app.CreateSystemDbContext();
            return await db.Outbox.AnyAsync(m => m.ToAddress == address && m.Status == OutboxStatus.Sent, Ct);
        }, "the evidence pack to be sent");

        var mail = Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == address));
        var files = mail.Attachments.OfType<MimePart>().ToList();
        Assert.Equal(2, files.Count);
        var pdf = Assert.Single(files, f => f.FileName is { } name && name.EndsWith($"-{companyId}.pdf", StringComparison.Ordinal));
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(Content(pdf), 0, 4), StringComparison.Ordinal);
        var csv = Assert.Single(files, f => f.FileName is { } name && name.EndsWith($"-{companyId}.csv", StringComparison.Ordinal));
        Assert.Contains(placement.LastName, Encoding.UTF8.GetString(Content(csv)), StringComparison.Ordinal);
        Assert.DoesNotContain(placement.LastName, mail.TextBody, StringComparison.Ordinal);

        using var beheerder = await TestClient.LoggedInAsync(app, "demobeheerder");
        var (_, list) = await beheerder.GetPageAsync("/Berichten");
        var row = list.QuerySelectorAll("#berichten tbody tr").Single(r => r.TextContent.Contains(SubsidieMail.Kind, StringComparison.Ordinal));
        var (_, detail) = await beheerder.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        var named = detail.QuerySelectorAll("#bijlagen li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, named.Count);
        Assert.Contains(named, n => n.StartsWith(pdf.FileName + " (", StringComparison.Ordinal) && n.EndsWith(" kB)", StringComparison.Ordinal));
        Assert.Contains(named, n => n.StartsWith(csv.FileName + " (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ErasingAStudent_DeletesTheFilesThatHoldThem_AndTheirWaitingMailIsNeverSent()
    {
        await using var smtp = new TestSmtpServer();
        await using var first = new MailAppFactory(smtp.Port, senderEnabled: false);
        await first.InitializeAsync();
        var (erased, erasedCompany, erasedAddress) = await PackAsync(first);
        var (_, otherCompany, otherAddress) = await PackAsync(first);
        using (var client = await TestClient.LoggedInAsync(first))
        {
            foreach (var company in new[] { erasedCompany, otherCompany })
            {
                await client.SubmitFormAsync($"/Leerbedrijven/Subsidie/{company}", "form[action*='handler=Versturen']", new Dictionary<string, string>());
            }
        }

        await using (var db = first.CreateSystemDbContext())
        {
            Assert.True(await LeerlingWissing.WisAsync(db, erased.LeerlingId, Arrange.Today, Ct));
        }

        await using (var db = first.CreateSystemDbContext())
        {
            var gone = await db.Outbox.Include(m => m.Attachments).SingleAsync(m => m.ToAddress == erasedAddress, Ct);
            Assert.Empty(gone.Attachments);
            Assert.Equal(OutboxStatus.Failed, gone.Status);
            Assert.Contains("gewist", gone.LastError, StringComparison.Ordinal);
            var kept = await db.Outbox.Include(m => m.Attachments).SingleAsync(m => m.ToAddress == otherAddress, Ct);
            Assert.Equal(OutboxStatus.Queued, kept.Status);
            Assert.Equal(2, kept.Attachments.Count);
        }

        // The next start sends the other company's mail with its files, and never offers the erased student's.
        await using var second = new MailAppFactory(smtp.Port, first.Database);
        await second.InitializeAsync();
        await TestSmtpServer.WaitForAsync(async () =>
        {
            await using var db = second.CreateSystemDbContext();
            return await db.Outbox.AnyAsync(m => m.ToAddress == otherAddress && m.Status == OutboxStatus.Sent, Ct);
        }, "the other company's pack to be sent");
        await Task.Delay(600, Ct);

        var sent = Assert.Single(smtp.Received);
        Assert.Equal(otherAddress, sent.To.Mailboxes.Single().Address);
        Assert.Equal(2, sent.Attachments.Count());
        await using (var db = second.CreateSystemDbContext())
        {
            Assert.Equal(OutboxStatus.Failed, (await db.Outbox.SingleAsync(m => m.ToAddress == erasedAddress, Ct)).Status);
        }
    }

    /// <summary>A placement this school year with approved hours, and an e-mail address for its praktijkbegeleider.</summary>
    private static async Task<(Arrange.Placement Placement, int CompanyId, string Address)> PackAsync(LeerwerkAppFactory app)
    {
        var placement = await Arrange.PlacementAsync(app, hours: [(Arrange.LastWeekMonday, 8m, UrenStatus.Goedgekeurd)]);
        await using var db = app.CreateSystemDbContext();
        var agreement = await db.Leerwerkovereenkomsten.Include(o => o.Praktijkbegeleider).SingleAsync(o => o.Id == placement.AgreementId, Ct);
        var address = $"begeleider{agreement.PraktijkbegeleiderId}@leerbedrijf.example";
        agreement.Praktijkbegeleider!.Email = address;
        await db.SaveChangesAsync(Ct);
        return (placement, agreement.LeerbedrijfId, address);
    }

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(stream);
        return stream.ToArray();
    }
}
