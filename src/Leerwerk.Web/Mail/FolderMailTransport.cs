using Leerwerk.Data;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Leerwerk.Web.Mail;

/// <summary>
/// Writes each message as an .eml file instead of sending it: the default, so the demo needs no mail server. Any mail
/// program opens the files; the beheerder's outbox page shows the same text.
/// </summary>
public sealed class FolderMailTransport(IOptions<MailSettings> options, IWebHostEnvironment environment) : IMailTransport
{
    public string Directory => Path.GetFullPath(Path.Combine(DataRoot.Resolve(environment.ContentRootPath), options.Value.PickupDirectory));

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'));
        var path = Path.Combine(Directory, name + ".eml");
        // Written beside and then moved: a reader never sees half a message.
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
