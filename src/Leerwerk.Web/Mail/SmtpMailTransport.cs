using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Leerwerk.Web.Mail;

/// <summary>Delivers over SMTP with MailKit, one connection per message (the outbox is small and the server may be far).</summary>
public sealed class SmtpMailTransport(IOptions<MailSettings> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
