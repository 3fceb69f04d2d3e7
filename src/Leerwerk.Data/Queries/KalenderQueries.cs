using Leerwerk.Domain.Kalender;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Queries;

/// <summary>Loads a school's calendars and stage-hour policy, the inputs of C11, E3, B2 and the forecast.</summary>
public static class KalenderQueries
{
    /// <summary>Every school-year calendar of the school, with its holidays and lesson days.</summary>
    public static async Task<Schooldagen> LoadSchooldagenAsync(this LeerwerkDbContext db, int schoolId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kalenders = await db.Schoolkalenders.AsNoTracking()
            .Include(k => k.VrijePeriodes)
            .Include(k => k.Lesdagen)
            .AsSplitQuery()
            .Where(k => k.SchoolId == schoolId)
            .OrderBy(k => k.Schooljaar)
            .ToListAsync(ct);
        return new Schooldagen(kalenders);
    }

    /// <summary>The school's policy, or the default (640 hours a year) when it never set one.</summary>
    public static async Task<StageurenBeleid> LoadBeleidAsync(this LeerwerkDbContext db, int schoolId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.StageurenBeleid.AsNoTracking().SingleOrDefaultAsync(b => b.SchoolId == schoolId, ct)
            ?? new StageurenBeleid { SchoolId = schoolId };
    }
}
