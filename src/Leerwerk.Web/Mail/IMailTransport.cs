using MimeKit;

namespace Leerwerk.Web.Mail;

/// <summary>Delivers one message, or throws with the server's answer.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
