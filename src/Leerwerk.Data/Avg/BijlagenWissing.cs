using Leerwerk.Data.Mail;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Avg;

/// <summary>
/// The erasure of a student's data in mail attachments. A PDF or CSV cannot be scrubbed like a text, so every
/// attachment that holds the student is deleted; a message that still waited for sending is not sent without it.
/// </summary>
internal static class BijlagenWissing
{
    public const string NietVerzonden = "Niet verzonden: een bijlage bevatte gegevens van een leerling die zijn gewist (AVG). Maak het bericht opnieuw aan als het nog nodig is.";

    /// <summary>Marks the changes in <paramref name="db"/>; the caller saves them with the rest of the erasure.</summary>
    public static async Task WisAsync(LeerwerkDbContext db, int schoolId, int leerlingId, CancellationToken ct)
    {
        var attachments = await db.OutboxAttachments.IgnoreQueryFilters()
            .Where(a => a.SchoolId == schoolId && a.LeerlingIds.Contains(leerlingId))
            .ToListAsync(ct);
        if (attachments.Count == 0)
        {
            return;
        }

        db.OutboxAttachments.RemoveRange(attachments);
        var messageIds = attachments.Select(a => a.OutboxMessageId).Distinct().ToList();
        foreach (var message in await db.Outbox.IgnoreQueryFilters()
                     .Where(m => messageIds.Contains(m.Id) && m.Status == OutboxStatus.Queued)
                     .ToListAsync(ct))
        {
            message.Status = OutboxStatus.Failed;
            message.LastError = NietVerzonden;
        }
    }
}
