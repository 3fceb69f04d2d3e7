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
        db.Outbox.Add(message);
        return message;
    }
}

/// <summary>One message's content: recipient, Dutch subject, plain text and HTML, and what caused it.</summary>
public sealed record MailContent(string Kind, string ToAddress, string? ToName, string Subject, string TextBody, string HtmlBody);
