using System.Globalization;
using System.Text.Json;
using Leerwerk.Data;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Mail;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>
/// Puts the e-mail of each pack, with its PDF and CSV, in the outbox (<see cref="SubsidieMail"/>) and audits each
/// sending on the company, all in one SaveChanges. A pack without students or without a contact with an e-mail address
/// is not sent.
/// </summary>
public static class SubsidieVersturen
{
    public const string Sent = "subsidiebewijs verstuurd";

    public static async Task<Uitkomst> EnqueueAsync(LeerwerkDbContext db, string userName, IEnumerable<SubsidieBewijs> packs, DateTime now, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(packs);
        var sent = new List<string>();
        var withoutAddress = new List<string>();
        foreach (var pack in packs.Where(p => p.Plaatsingen.Count > 0))
        {
            if (SubsidieMail.Contact(pack) is not { } contact)
            {
                withoutAddress.Add(pack.Leerbedrijf.Name);
                continue;
            }

            MailOutbox.Enqueue(db, pack.School, SubsidieMail.Compose(pack, contact, today), now);

            // The outbox itself is not in the audit trail, so the sending is recorded on the company.
            db.Audit.Add(new AuditEntry
            {
                SchoolId = pack.Leerbedrijf.SchoolId,
                At = now,
                UserName = userName,
                EntityType = "Leerbedrijf",
                EntityId = pack.Leerbedrijf.Id.ToString(CultureInfo.InvariantCulture),
                Action = Sent,
                Changes = JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["Schooljaar"] = pack.SchooljaarNaam,
                    ["Aan"] = contact.Email,
                    ["Leerlingen"] = pack.Plaatsingen.Count,
                }),
            });
            sent.Add(pack.Leerbedrijf.Name);
        }

        await db.SaveChangesAsync(ct);
        return new Uitkomst(sent, withoutAddress);
    }

    /// <summary>The companies whose note is in the outbox, and those that have no praktijkbegeleider with an e-mail address.</summary>
    public sealed record Uitkomst(IReadOnlyList<string> Verstuurd, IReadOnlyList<string> ZonderAdres)
    {
        /// <summary>The Dutch status line for the page.</summary>
        public string Melding()
        {
            var parts = new List<string>();
            parts.Add(Verstuurd.Count switch
            {
                0 => "Er is geen e-mail klaargezet.",
                1 => $"De e-mail aan {Verstuurd[0]} staat klaar om verstuurd te worden.",
                _ => $"De e-mails aan {Verstuurd.Count.ToString(CultureInfo.InvariantCulture)} leerbedrijven staan klaar om verstuurd te worden.",
            });
            if (ZonderAdres.Count > 0)
            {
                parts.Add($"Geen e-mailadres van een praktijkbegeleider bij: {string.Join(", ", ZonderAdres)}. Vul het in bij het leerbedrijf, of geef het overzicht zelf door.");
            }

            return string.Join(' ', parts);
        }
    }
}
