using System.Globalization;
using System.Reflection;
using Leerwerk.Data.Auditing;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Leerwerk.Data.Avg;

/// <summary>
/// Every record Leerwerk holds about one student, found through the EF model rather than a hand-kept list, so a new
/// table with a <c>LeerlingId</c> is in the AVG export and the erasure without a change here: the student, every
/// record with their <c>LeerlingId</c>, the records of their leer-werkovereenkomsten (signatures, status changes),
/// and the warnings marked "gezien" about them.
/// </summary>
public static class StudentRecords
{
    private const string LeerlingIdProperty = "LeerlingId";

    private const string OvereenkomstIdProperty = "LeerwerkovereenkomstId";

    private static readonly MethodInfo ByTypeMethod =
        typeof(StudentRecords).GetMethod(nameof(ByTypeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The student's records (the student first), or empty when the context sees no such student.</summary>
    public static async Task<IReadOnlyList<object>> LoadAsync(LeerwerkDbContext db, int leerlingId, bool tracking, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var students = tracking ? db.Leerlingen : db.Leerlingen.AsNoTracking();
        var student = await students.SingleOrDefaultAsync(l => l.Id == leerlingId, ct);
        if (student is null)
        {
            return [];
        }

        var result = new List<object> { student };
        var types = db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType != typeof(Leerling)).ToList();
        foreach (var type in types.Where(t => HasIntProperty(t, LeerlingIdProperty)))
        {
            result.AddRange(await ByAsync(db, type, LeerlingIdProperty, [leerlingId], tracking, ct));
        }

        var agreements = result.OfType<Leerwerkovereenkomst>().Select(o => o.Id).ToList();
        foreach (var type in types.Where(t => HasIntProperty(t, OvereenkomstIdProperty) && !HasIntProperty(t, LeerlingIdProperty)))
        {
            result.AddRange(await ByAsync(db, type, OvereenkomstIdProperty, agreements, tracking, ct));
        }

        var gezien = db.GezienBevindingen.Where(g => g.OnderwerpSoort == OnderwerpSoort.Leerling && g.OnderwerpId == leerlingId);
        result.AddRange(await (tracking ? gezien : gezien.AsNoTracking()).ToListAsync(ct));
        return result;
    }

    /// <summary>The name of a record's type as the audit trail writes it, and its key as <see cref="AuditEntry.EntityId"/>.</summary>
    public static (string EntityType, string EntityId) AuditKey(LeerwerkDbContext db, object record)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(record);
        var type = db.Model.FindEntityType(record.GetType())!;
        var id = string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(Value(p, record), CultureInfo.InvariantCulture)));
        return (type.ClrType.Name, id);
    }

    /// <summary>The audit entries of the student's school about the student's own records (tracked, to scrub them).</summary>
    public static async Task<List<AuditEntry>> AuditEntriesAsync(
        LeerwerkDbContext db, int schoolId, IEnumerable<(string EntityType, string EntityId)> keys, bool tracking, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        var result = new List<AuditEntry>();
        foreach (var group in keys.GroupBy(k => k.EntityType, StringComparer.Ordinal))
        {
            var ids = group.Select(k => k.EntityId).Distinct(StringComparer.Ordinal).ToList();
            var query = db.Audit.Where(a => a.SchoolId == schoolId && a.EntityType == group.Key && ids.Contains(a.EntityId));
            result.AddRange(await (tracking ? query : query.AsNoTracking()).OrderBy(a => a.Id).ToListAsync(ct));
        }

        return [.. result.OrderBy(a => a.Id)];
    }

    /// <summary>The stored value of a mapped property of a record (none of Leerwerk's are shadow properties).</summary>
    public static object? Value(IProperty property, object record)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.PropertyInfo?.GetValue(record) ?? property.FieldInfo?.GetValue(record);
    }

    // A nullable key counts too: a signature is on a leer-werkovereenkomst or (key null here) a samenwerkingsovereenkomst.
    private static bool HasIntProperty(IEntityType type, string name) => type.FindProperty(name) is { ClrType: var clr } && (clr == typeof(int) || clr == typeof(int?));

    private static async Task<IEnumerable<object>> ByAsync(LeerwerkDbContext db, IEntityType type, string property, List<int> ids, bool tracking, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var task = (Task<List<object>>)ByTypeMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, property, ids, tracking, ct])!;
        return await task;
    }

    private static async Task<List<object>> ByTypeAsync<T>(LeerwerkDbContext db, string property, List<int> ids, bool tracking, CancellationToken ct)
        where T : class
    {
        var nullable = db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.ClrType == typeof(int?);
        List<int?> keys = [.. ids.Select(id => (int?)id)];
        var query = nullable
            ? db.Set<T>().Where(e => keys.Contains(EF.Property<int?>(e, property)))
            : db.Set<T>().Where(e => ids.Contains(EF.Property<int>(e, property)));
        var rows = await (tracking ? query : query.AsNoTracking()).ToListAsync(ct);
        return [.. rows.Cast<object>()];
    }
}
