using Leerwerk.Data;
using Leerwerk.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Mail;

/// <summary>
/// Deletes sent messages older than <see cref="MailSettings.KeepSent"/>: a sent message holds personal data (names,
/// addresses, links) that is not needed once it was delivered long ago. Queued and failed messages stay for the beheerder.
/// </summary>
public sealed class OutboxCleanup(IServiceScopeFactory scopes, IOptions<MailSettings> options, TimeProvider clock)
{
    /// <summary>Returns how many messages were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = scope.ServiceProvider.CreateSystemDbContext();
        var before = clock.GetUtcNow().UtcDateTime - options.Value.KeepSent;
        return await db.Outbox.Where(m => m.Status == OutboxStatus.Sent && m.SentAt < before).ExecuteDeleteAsync(ct);
    }
}
