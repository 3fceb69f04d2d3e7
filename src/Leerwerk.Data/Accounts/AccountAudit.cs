using System.Text.Json;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Accounts;

/// <summary>
/// Audit entries for account changes. Accounts are not school-owned, so <see cref="AuditTrail"/> does not see them;
/// each change is written explicitly, once for every school the account belongs to, so each school's trail is complete.
/// Passwords are never written, only that one was reset.
/// </summary>
public static class AccountAudit
{
    public const string EntityType = nameof(LeerwerkUser);

    public const string Added = "toegevoegd";

    public const string Changed = "gewijzigd";

    public const string Deactivated = "gedeactiveerd";

    public const string Activated = "geactiveerd";

    public const string PasswordReset = "wachtwoord gereset";

    /// <summary>The user chose a new password of its own (the value is never written).</summary>
    public const string PasswordChanged = "wachtwoord gewijzigd";

    public static async Task WriteAsync(LeerwerkDbContext db, string userId, string action, IReadOnlyDictionary<string, object?> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schoolIds = await db.UserSchools.Where(s => s.UserId == userId).Select(s => s.SchoolId).ToListAsync(cancellationToken);
        var json = JsonSerializer.Serialize(changes);
        var at = DateTime.UtcNow;
        db.Audit.AddRange(schoolIds.Distinct().Select(schoolId => new AuditEntry
        {
            SchoolId = schoolId,
            At = at,
            UserName = db.AuditUserName,
            EntityType = EntityType,
            EntityId = userId,
            Action = action,
            Changes = json,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
