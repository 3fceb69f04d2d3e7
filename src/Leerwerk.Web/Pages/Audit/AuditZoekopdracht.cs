using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Audit;

/// <summary>
/// A search of the audit trail: by student (number or part of the name), by user, by date and by kind (the record
/// type or event: Leerling, Inloggen, Download, Export, …), over the schools the beheerder may see. The page and its
/// CSV export use the same search, so the export holds exactly what was found.
/// </summary>
public sealed record AuditZoekopdracht(string? Leerling, string? Gebruiker, DateOnly? Van, DateOnly? Tot, string? Soort)
{
    /// <summary>At most this many students match a name: a search by name is for finding one person, not a list.</summary>
    public const int MaxStudents = 50;

    public static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public async Task<IQueryable<AuditEntry>> ApplyAsync(LeerwerkDbContext db, IReadOnlyCollection<int> schoolIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Audit.AsNoTracking().Where(a => schoolIds.Contains(a.SchoolId));
        if (!string.IsNullOrWhiteSpace(Gebruiker))
        {
            var user = Gebruiker.Trim();
            query = query.Where(a => a.UserName.Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(Soort))
        {
            var soort = Soort.Trim();
            query = query.Where(a => a.EntityType == soort);
        }

        if (Van is { } van)
        {
            var from = Utc(van);
            query = query.Where(a => a.At >= from);
        }

        if (Tot is { } tot)
        {
            var until = Utc(tot.AddDays(1));
            query = query.Where(a => a.At < until);
        }

        if (!string.IsNullOrWhiteSpace(Leerling))
        {
            var ids = await StudentIdsAsync(db, Leerling.Trim(), cancellationToken);
            if (ids.Count == 1)
            {
                // Records that belong to the student (intake, hours, agreements) name it in their changes.
                var id = ids[0];
                var asLast = $"\"LeerlingId\":{id}}}";
                var asField = $"\"LeerlingId\":{id},";
                query = query.Where(a => (a.EntityType == "Leerling" && a.EntityId == id) || a.Changes.Contains(asLast) || a.Changes.Contains(asField));
            }
            else
            {
                query = query.Where(a => a.EntityType == "Leerling" && ids.Contains(a.EntityId));
            }
        }

        return query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    /// <summary>The kinds present in the trail of these schools, for the filter's list.</summary>
    public static async Task<IReadOnlyList<string>> KindsAsync(LeerwerkDbContext db, IReadOnlyCollection<int> schoolIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Audit.Where(a => schoolIds.Contains(a.SchoolId)).Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DutchTime).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private static DateTime Utc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), DutchTime);

    private static async Task<List<string>> StudentIdsAsync(LeerwerkDbContext db, string text, CancellationToken cancellationToken)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return [number.ToString(CultureInfo.InvariantCulture)];
        }

        // The school filter of the context applies: only students of the beheerder's own schools are found.
        var ids = await db.Leerlingen
            .Where(l => (l.FirstName + " " + l.LastName).Contains(text) || l.LastName.Contains(text))
            .OrderBy(l => l.Id)
            .Select(l => l.Id)
            .Take(MaxStudents)
            .ToListAsync(cancellationToken);
        return ids.ConvertAll(id => id.ToString(CultureInfo.InvariantCulture));
    }
}
