using Leerwerk.Data;
using Leerwerk.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Mail;

/// <summary>
/// One pass of the sender: every due message is claimed, sent and marked. A claim is a conditional update of the
/// attempt count, so two senders on one database never send the same attempt; a message whose sender dies before
/// marking it stays queued and is tried again after its back-off (at least once, never lost).
/// </summary>
public sealed class OutboxDelivery(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IOptions<MailSettings> options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
    private const int BatchSize = 50;

    /// <summary>Sends what is due now; returns how many messages were tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Outside any request: a scope of its own and a context that sees every school.
        await using var scope = scopes.CreateAsyncScope();
        await using var db = scope.ServiceProvider.CreateSystemDbContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            await TryAsync(db, message, settings, cancellationToken);
        }

        return due.Count;
    }

    private async Task TryAsync(LeerwerkDbContext db, OutboxMessage message, MailSettings settings, CancellationToken cancellationToken)
    {
        var attempt = message.Attempts + 1;
        var retryAt = clock.GetUtcNow().UtcDateTime + RetrySchedule.After(attempt, settings.RetryDelay, settings.MaxRetryDelay);
        var claimed = await db.Outbox
            .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Queued && m.Attempts == message.Attempts)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempt).SetProperty(m => m.NextAttemptAt, retryAt), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        // Loaded per message, after the claim: the batch query stays small however large the files are. A database that
        // fails here leaves the claimed message queued for its next attempt, as a crash would.
        message.Attachments = await db.OutboxAttachments.AsNoTracking().Where(a => a.OutboxMessageId == message.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        try
        {
            await transport.SendAsync(MimeMessages.From(message, settings.FromAddress), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failed = attempt >= settings.MaxAttempts;
            var answer = Truncate(ex.Message, 2000);
            logger.LogWarning("E-mail {Id} niet verzonden (poging {Attempt} van {Max}): {Answer}", message.Id, attempt, settings.MaxAttempts, answer);
            // Only while still queued: an erasure that gave up the message meanwhile (its attachment is gone) stays.
            await db.Outbox.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, answer)
                    .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Queued), CancellationToken.None);
            return;
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.Outbox.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, sentAt), CancellationToken.None);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
