using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Versies;

/// <summary>
/// The data versions of the schools (ADR 0016): raised inside the transaction that changes a school's records, read as
/// one stamp for the schools a user sees. Raising is one atomic statement per school (insert or add one), so two
/// instances that change the same school at once both count; a reader that reads the stamp before the data can at
/// worst cache a newer result under an older stamp, which the next change replaces — never an older result under a
/// newer stamp.
/// </summary>
public static class DataVersions
{
    /// <summary>
    /// Raises the version of every school in <paramref name="schoolIds"/> by one, in the context's current transaction.
    /// In ascending order, so two transactions that touch the same schools take the PostgreSQL row locks in the same
    /// order and cannot deadlock on them.
    /// </summary>
    public static async Task RaiseAsync(LeerwerkDbContext db, IEnumerable<int> schoolIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schoolIds);
        foreach (var schoolId in schoolIds.Distinct().Order())
        {
            // The same statement on SQLite (3.24+) and PostgreSQL; the key makes it atomic on both.
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "DataVersions" ("SchoolId", "Version") VALUES ({schoolId}, 1) ON CONFLICT ("SchoolId") DO UPDATE SET "Version" = "DataVersions"."Version" + 1""",
                ct);
        }
    }

    /// <summary>
    /// The versions of the schools the context sees and of the installation (besturen, national holidays), as one
    /// text: equal stamps mean no audited change in between. A school without a version yet counts as 0.
    /// </summary>
    public static async Task<string> StampAsync(LeerwerkDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.DataVersions.AsNoTracking();
        if (!db.SeesAllSchools)
        {
            var ids = db.VisibleSchoolIds.Append(Auditing.AuditEntry.Installation).ToList();
            query = query.Where(v => ids.Contains(v.SchoolId));
        }

        var versions = await query.OrderBy(v => v.SchoolId).Select(v => new { v.SchoolId, v.Version }).ToListAsync(ct);
        var stamp = new StringBuilder();
        foreach (var v in versions)
        {
            stamp.Append(CultureInfo.InvariantCulture, $"{v.SchoolId}:{v.Version};");
        }

        return stamp.ToString();
    }

    /// <summary>The schools the context sees, as a key: results for one set of schools are never served to another.</summary>
    public static string ScopeKey(LeerwerkDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SeesAllSchools ? "*" : string.Join(',', db.VisibleSchoolIds.Order());
    }
}
