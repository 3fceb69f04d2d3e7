using Leerwerk.Data;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Data.Mail;

namespace Leerwerk.Web.Herinneringen;

/// <summary>
/// One reminder that is due: its key (kind, subject, occasion), unique per school, and how to write its messages.
/// <see cref="Compose"/> runs only when the key was not sent before; it may change tracked records (a new approval
/// link), which are then saved together with the messages and the key.
/// </summary>
public sealed record Herinnering(
    HerinneringSoort Soort,
    string Onderwerp,
    string Aanleiding,
    Func<LeerwerkDbContext, CancellationToken, Task<IReadOnlyList<MailContent>>> Compose);
