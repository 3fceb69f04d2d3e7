using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Leerwerk.Data.Auditing;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Avg;

/// <summary>
/// Erases one student's personal data (right to erasure, art. 17 AVG) while keeping the anonymous facts: the student's
/// record stays, with leerjaar, profiel, routes, grades, placements and hours, so every count stays the same; the name,
/// number, birth day, address, parents, notes, uploaded letters and other free text go. The audit trail keeps that each
/// change happened (who, when, which record), but the student's values in its before/after JSON become
/// <see cref="Marker"/>, and so do their names, number and parents' contact data wherever the school's trail and mail
/// outbox mention them. The school's previewed import files that are not yet committed go. One transaction: all of it or nothing.
/// </summary>
public static class LeerlingWissing
{
    /// <summary>What replaces an erased value, in the records and in the audit trail.</summary>
    public const string Marker = "[gewist]";

    /// <summary>The <see cref="AuditEntry.Action"/> of the erasure itself.</summary>
    public const string Gewist = "gewist (AVG)";

    // Properties that hold personal data or free text; in the audit entries of the student's own records their values
    // are replaced whole. "Name" only for a parent (a Vak's name is "Nederlands").
    private static readonly HashSet<string> PersonalProperties =
    [
        "FirstName", "Tussenvoegsel", "LastName", "Leerlingnummer", "BirthDate", "Street", "HouseNumber", "PostalCode", "City",
        "Email", "Phone", "Relation", "Note", "SignerName", "IntakegesprekNotes", "BesluitReden", "BriefFileName", "BriefPdf",
        "Reason", "EndReason", "Uitleg", "VoortijdigeBeeindiging", "RecipientName", "IpAddress",
    ];

    /// <summary>
    /// Erases the student with id <paramref name="leerlingId"/> in the context's scope. Returns false when there is no
    /// such student; erasing a student erased before changes nothing and returns true.
    /// </summary>
    public static async Task<bool> WisAsync(LeerwerkDbContext db, int leerlingId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (ownTransaction)
        {
            var records = await StudentRecords.LoadAsync(db, leerlingId, tracking: true, ct);
            if (records.Count == 0)
            {
                return false;
            }

            var student = (Leerling)records[0];
            if (student.GewistOp is not null)
            {
                return true;
            }

            // The keys before the parents are removed: their audit entries are scrubbed too.
            var keys = records.Select(r => StudentRecords.AuditKey(db, r)).ToList();
            var history = await StudentRecords.AuditEntriesAsync(db, student.SchoolId, keys, tracking: false, ct);
            var needles = Needles.Of(student, records.OfType<WettelijkVertegenwoordiger>(), history);

            Anonymise(db, records, needles);
            student.GewistOp = today;
            await db.SaveChangesAsync(ct);

            // Now including the entries the save above wrote (they hold the old values).
            foreach (var entry in await StudentRecords.AuditEntriesAsync(db, student.SchoolId, keys, tracking: true, ct))
            {
                entry.Changes = Scrub(entry.Changes, needles.Own, wholeValues: true, entry.EntityType);
            }

            await ScrubElsewhereAsync(db, student.SchoolId, needles, ct);
            await BijlagenWissing.WisAsync(db, student.SchoolId, student.Id, ct);
            await db.SaveChangesAsync(ct);

            // A previewed import file may hold the student's row. It is only a preview, not yet a record: the school's
            // pending ones are deleted whole rather than searched, and the user reads the file in again if needed.
            await db.ImportBestanden.Where(b => b.SchoolId == student.SchoolId).ExecuteDeleteAsync(ct);
            await AuditEvents.WriteAsync(db, [student.SchoolId], db.AuditUserName, nameof(Leerling),
                student.Id.ToString(CultureInfo.InvariantCulture), Gewist,
                new Dictionary<string, object?> { ["Toelichting"] = "Persoonsgegevens gewist; tellingen en logboekfeiten blijven." }, ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }

            return true;
        }
    }

    private static void Anonymise(LeerwerkDbContext db, IReadOnlyList<object> records, Needles needles)
    {
        var student = (Leerling)records[0];
        // A number of its own keeps the unique index per school; the birth year stays for counts by age.
        student.Leerlingnummer = $"gewist-{student.Id.ToString(CultureInfo.InvariantCulture)}";
        student.FirstName = "Gewiste";
        student.Tussenvoegsel = null;
        student.LastName = "leerling";
        student.BirthDate = new DateOnly(student.BirthDate.Year, 1, 1);
        student.Street = null;
        student.HouseNumber = null;
        student.PostalCode = null;
        student.City = null;
        student.Email = null;
        foreach (var record in records.Skip(1))
        {
            switch (record)
            {
                case WettelijkVertegenwoordiger parent:
                    db.Vertegenwoordigers.Remove(parent);
                    continue;
                case RouteBesluit route:
                    route.Note = null;
                    break;
                case Intake intake:
                    intake.BriefPdf = null;
                    intake.BriefFileName = null;
                    intake.IntakegesprekNotes = null;
                    intake.BesluitReden = null;
                    break;
                case StageUrenRegel uren:
                    uren.Note = null;
                    break;
                case StatusWijziging wijziging:
                    wijziging.Reason = null;
                    break;
                case Leerwerkovereenkomst overeenkomst:
                    overeenkomst.EndReason = null;
                    overeenkomst.VoortijdigeBeeindiging = null;
                    break;
                case GezienBevinding gezien:
                    gezien.Uitleg = Marker;
                    break;
                // The signing link and signature of the student or a parent: their address and IP address are theirs;
                // the fact of the signature (party, time, the text's hash) stays. The school's and company's stay whole.
                case Ondertekeningslink link when IsPersonal(link.Partij):
                    link.Email = Marker;
                    link.RecipientName = Marker;
                    break;
                case Ondertekening signature when IsPersonal(signature.Partij):
                    signature.SignerName = Marker;
                    signature.IpAddress = null;
                    break;
                default:
                    break;
            }

            // Any other text of the student's records (a signature, an agreement's terms) loses the names in it.
            foreach (var property in db.Entry(record).Properties.Where(p => p.Metadata.ClrType == typeof(string)))
            {
                if (property.CurrentValue is string text)
                {
                    property.CurrentValue = needles.Own.Replace(text, Marker);
                }
            }
        }
    }

    private static bool IsPersonal(Partij partij) => partij is Partij.Leerling or Partij.WettelijkVertegenwoordiger;

    private static async Task ScrubElsewhereAsync(LeerwerkDbContext db, int schoolId, Needles found, CancellationToken ct)
    {
        var needles = found.Everywhere;
        var auditIds = new HashSet<long>();
        var mailIds = new HashSet<int>();
        foreach (var text in found.SearchTexts())
        {
            auditIds.UnionWith(await db.Audit.Where(a => a.SchoolId == schoolId && a.Changes.Contains(text)).Select(a => a.Id).ToListAsync(ct));
            mailIds.UnionWith(await db.Outbox.IgnoreQueryFilters().Where(m => m.SchoolId == schoolId
                    && (m.Subject.Contains(text) || m.TextBody.Contains(text) || m.HtmlBody.Contains(text) || m.ToAddress.Contains(text) || (m.ToName != null && m.ToName.Contains(text))))
                .Select(m => m.Id).ToListAsync(ct));
        }

        foreach (var entry in await db.Audit.Where(a => auditIds.Contains(a.Id)).ToListAsync(ct))
        {
            entry.Changes = Scrub(entry.Changes, needles, wholeValues: false, entry.EntityType);
        }

        foreach (var mail in await db.Outbox.IgnoreQueryFilters().Where(m => mailIds.Contains(m.Id)).ToListAsync(ct))
        {
            mail.Subject = Replace(needles, mail.Subject);
            mail.TextBody = Replace(needles, mail.TextBody);
            mail.HtmlBody = Replace(needles, mail.HtmlBody);
            mail.ToAddress = Replace(needles, mail.ToAddress);
            mail.ToName = mail.ToName is null ? null : Replace(needles, mail.ToName);
        }
    }

    // Plain and HTML-encoded, as a mail body holds a name.
    private static string Replace(Regex needles, string text) => needles.Replace(text, Marker);

    /// <summary>
    /// The audit JSON with the needles replaced in every text value; with <paramref name="wholeValues"/> (an entry about
    /// the student's own record) also every value of a personal property replaced whole, before and after alike.
    /// </summary>
    internal static string Scrub(string changes, Regex needles, bool wholeValues, string entityType)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(changes);
        }
        catch (JsonException)
        {
            return needles.Replace(changes, Marker);
        }

        if (root is null)
        {
            return changes;
        }

        if (wholeValues && root is JsonObject properties)
        {
            foreach (var name in properties.Select(p => p.Key).ToList())
            {
                var personal = PersonalProperties.Contains(name) || (name == "Name" && entityType == nameof(WettelijkVertegenwoordiger));
                if (personal && properties[name] is { } value)
                {
                    properties[name] = value is JsonArray pair
                        ? new JsonArray([.. pair.Select(v => v is null ? null : (JsonNode)JsonValue.Create(Marker)!)])
                        : JsonValue.Create(Marker);
                }
            }
        }

        return ReplaceStrings(root, needles).ToJsonString();
    }

    private static JsonNode ReplaceStrings(JsonNode node, Regex needles)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (obj[name] is { } child)
                    {
                        obj[name] = ReplaceStrings(child.DeepClone(), needles);
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        array[i] = ReplaceStrings(child.DeepClone(), needles);
                    }
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(needles.Replace(text, Marker))!;
            default:
                return node;
        }
    }
}
