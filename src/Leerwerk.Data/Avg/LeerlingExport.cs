using System.Text.Encodings.Web;
using System.Text.Json;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Data.Avg;

/// <summary>
/// The AVG export of one student (right of access, art. 15 AVG): every record <see cref="StudentRecords"/> finds, each
/// with every stored value, and the audit entries about those records (who changed what, when). A secret (the hash of
/// an approval link) is shown as "***"; an uploaded file as its content in base64 (JSON) or its size (PDF).
/// </summary>
public static class LeerlingExport
{
    // Hashes of secrets are no data about the student and would only help an attacker.
    private static readonly HashSet<string> Secret = ["ApprovalTokenHash", "SleutelHash"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // A readable file for a parent: "Zoë", not "Zo\u00EB". It is a download, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One kind of record (the EF entity name, e.g. "Leerling", "StageUrenRegel") with its rows.</summary>
    public sealed record Tabel(string Soort, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rijen);

    /// <summary>The student and the export's tables, or null when the context sees no such student.</summary>
    public static async Task<(Leerling Leerling, IReadOnlyList<Tabel> Tabellen)?> LoadAsync(LeerwerkDbContext db, int leerlingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var records = await StudentRecords.LoadAsync(db, leerlingId, tracking: false, ct);
        if (records.Count == 0)
        {
            return null;
        }

        var student = (Leerling)records[0];
        var tabellen = records
            .GroupBy(r => r.GetType().Name, StringComparer.Ordinal)
            .Select(g => new Tabel(g.Key, [.. g.Select(r => Row(db, r))]))
            .ToList();
        var audit = await StudentRecords.AuditEntriesAsync(db, student.SchoolId, records.Select(r => StudentRecords.AuditKey(db, r)), tracking: false, ct);
        tabellen.Add(new Tabel("AuditEntry", [.. audit.Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["At"] = a.At,
            ["UserName"] = a.UserName,
            ["EntityType"] = a.EntityType,
            ["EntityId"] = a.EntityId,
            ["Action"] = a.Action,
            ["Changes"] = a.Changes,
        })]));
        return (student, tabellen);
    }

    /// <summary>The export as an indented JSON document: <c>{ "Leerling": [ {...} ], "Vak": [...], ... }</c>.</summary>
    public static byte[] Json(IReadOnlyList<Tabel> tabellen, DateOnly opgemaaktOp)
    {
        ArgumentNullException.ThrowIfNull(tabellen);
        var document = new Dictionary<string, object?>
        {
            ["OpgemaaktOp"] = opgemaaktOp,
            ["Toelichting"] = "Alle gegevens die Leerwerk over deze leerling bewaart, per soort gegeven, met de wijzigingen uit het logboek.",
        };
        foreach (var tabel in tabellen)
        {
            document[tabel.Soort] = tabel.Rijen.Select(r => r.ToDictionary(kv => kv.Key, kv => kv.Value is byte[] bytes ? Convert.ToBase64String(bytes) : kv.Value));
        }

        return JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions);
    }

    private static Dictionary<string, object?> Row(LeerwerkDbContext db, object record)
    {
        var type = db.Model.FindEntityType(record.GetType())!;
        return type.GetProperties().ToDictionary(
            p => p.Name,
            p => Secret.Contains(p.Name) && StudentRecords.Value(p, record) is not null ? "***" : StudentRecords.Value(p, record));
    }
}
