using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Auditing;

/// <summary>
/// Audit entries for what happens without a change of data: logins, password changes, downloads and exports of
/// personal data. Written explicitly (the <see cref="AuditTrail"/> sees only saved changes), once per school the
/// event concerns, so each school's trail is complete. Never a password, never a document's content.
/// </summary>
public static class AuditEvents
{
    public const string Login = "Inloggen";

    public const string LoginSucceeded = "gelukt";

    public const string LoginFailed = "mislukt";

    public const string Download = "Download";

    public const string Downloaded = "gedownload";

    public const string Export = "Export";

    public const string Exported = "geëxporteerd";

    /// <summary>The user name written for a failed login with a name that is no account (never the typed text: it may be a password).</summary>
    public const string UnknownUser = "(onbekende gebruikersnaam)";

    /// <summary>Writes one entry per school in <paramref name="schoolIds"/>, or one for the installation when there are none.</summary>
    public static async Task WriteAsync(
        LeerwerkDbContext db,
        IEnumerable<int> schoolIds,
        string userName,
        string entityType,
        string entityId,
        string action,
        IReadOnlyDictionary<string, object?> details,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schoolIds);
        var schools = schoolIds.Distinct().ToList();
        if (schools.Count == 0)
        {
            schools.Add(AuditEntry.Installation);
        }

        var json = JsonSerializer.Serialize(details);
        var at = DateTime.UtcNow;
        db.Audit.AddRange(schools.Select(schoolId => new AuditEntry
        {
            SchoolId = schoolId,
            At = at,
            UserName = userName,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = json,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The schools an account belongs to, for events about that account.</summary>
    public static async Task<List<int>> SchoolsOfUserAsync(LeerwerkDbContext db, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.UserSchools.Where(s => s.UserId == userId).Select(s => s.SchoolId).ToListAsync(cancellationToken);
    }
}
