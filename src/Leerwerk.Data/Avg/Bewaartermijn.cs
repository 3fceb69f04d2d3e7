using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Avg;

/// <summary>
/// The AVG retention period of each school (<see cref="Domain.Scholen.School.BewaartermijnJaren"/>): a student who left
/// the school that many whole years ago, and is not erased yet, is erased by <see cref="LeerlingWissing"/>. Used by
/// <c>leerwerk bewaartermijn</c>.
/// </summary>
public static class Bewaartermijn
{
    /// <summary>A student whose retention period has passed: when they left, and the day it ended.</summary>
    public sealed record Verlopen(int LeerlingId, string SchoolName, DateOnly UitgestroomdOp, DateOnly TermijnVerstreken);

    /// <summary>The students of the context's schools whose retention period ended on or before <paramref name="today"/>.</summary>
    public static async Task<IReadOnlyList<Verlopen>> VerlopenAsync(LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schools = await db.Scholen.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var left = await db.Leerlingen.AsNoTracking()
            .Where(l => l.UitgestroomdOp != null && l.GewistOp == null)
            .Select(l => new { l.Id, l.SchoolId, UitgestroomdOp = l.UitgestroomdOp!.Value })
            .ToListAsync(ct);
        return [.. left
            .Where(l => schools.ContainsKey(l.SchoolId))
            .Select(l => new Verlopen(l.Id, schools[l.SchoolId].Name, l.UitgestroomdOp, l.UitgestroomdOp.AddYears(schools[l.SchoolId].BewaartermijnJaren)))
            .Where(v => v.TermijnVerstreken <= today)
            .OrderBy(v => v.SchoolName, StringComparer.Ordinal)
            .ThenBy(v => v.UitgestroomdOp)
            .ThenBy(v => v.LeerlingId)];
    }

    /// <summary>Erases every student of <see cref="VerlopenAsync"/>, each in its own transaction; returns them.</summary>
    public static async Task<IReadOnlyList<Verlopen>> ToepassenAsync(LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        var verlopen = await VerlopenAsync(db, today, ct);
        foreach (var student in verlopen)
        {
            await LeerlingWissing.WisAsync(db, student.LeerlingId, today, ct);
            db.ChangeTracker.Clear();
        }

        return verlopen;
    }
}
