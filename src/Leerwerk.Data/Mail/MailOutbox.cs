using Leerwerk.Domain.Scholen;

namespace Leerwerk.Data.Mail;

/// <summary>The one way a message enters the outbox.</summary>
public static class MailOutbox
{
    /// <summary>
    /// Puts a message in the outbox of <paramref name="db"/> without saving: the caller's own SaveChanges stores the
    /// change and its message in one transaction, so a message is never sent for a change that was rolled back and
    /// never lost for one that was committed.
    /// </summary>
    public static OutboxMessage Enqueue(LeerwerkDbContext db, School school, MailContent content, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(content);
        var message = new OutboxMessage
        {
            SchoolId = school.Id,
            CreatedAt = now,
            FromName = school.Name,
            ToAddress = content.ToAddress,
            ToName = content.ToName,
            Subject = content.Subject,
            TextBody = content.TextBody,
            HtmlBody = content.HtmlBody,
            Kind = content.Kind,
            Status = OutboxStatus.Queued,
            NextAttemptAt = now,
        };
        foreach (var attachment in content.Attachments ?? [])
        {
            message.Attachments.Add(new OutboxAttachment
            {
                SchoolId = school.Id,
                FileName = attachment.FileName,
                ContentType = attachment.ContentType,
                Content = attachment.Content,
                LeerlingIds = [.. attachment.LeerlingIds],
            });
        }

        db.Outbox.Add(message);
        return message;
    }
}

/// <summary>One message's content: recipient, Dutch subject, plain text and HTML, what caused it, and any files.</summary>
public sealed record MailContent(
    string Kind,
    string ToAddress,
    string? ToName,
    string Subject,
    string TextBody,
    string HtmlBody,
    IReadOnlyList<MailAttachment>? Attachments = null);

/// <summary>A file to send with a message, and the students whose data it holds (erasing one of them deletes it).</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content, IReadOnlyList<int> LeerlingIds);
