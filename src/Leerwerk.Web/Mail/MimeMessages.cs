using Leerwerk.Data.Mail;
using MimeKit;

namespace Leerwerk.Web.Mail;

/// <summary>
/// Turns an outbox row into the MIME message that is sent: plain text and HTML, the message's attachments, the school's
/// name as sender.
/// </summary>
public static class MimeMessages
{
    public static MimeMessage From(OutboxMessage message, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAt, DateTimeKind.Utc)),
            Body = body.ToMessageBody(),
        };
        mime.From.Add(new MailboxAddress(message.FromName, fromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        // The same id on every attempt: a receiver can recognise a message delivered twice after a crash.
        mime.MessageId = $"leerwerk-outbox-{message.Id}-{message.CreatedAt.Ticks}@{Domain(fromAddress)}";
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Headers.Add(HeaderId.ContentLanguage, "nl");
        return mime;
    }

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "leerwerk.invalid";
    }
}
