using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Kalender;

/// <summary>What the calendar page shows for one school year: the saved calendar (null until one is saved), the
/// years to switch to, the computed public holidays on weekdays and the school's stage-hour policy.</summary>
public sealed record KalenderOverzicht(
    School School,
    int Jaar,
    Schoolkalender? Kalender,
    IReadOnlyList<int> Jaren,
    IReadOnlyList<Feestdag> Feestdagen,
    StageurenBeleid Beleid)
{
    /// <summary>Null when the user has no school or the year is out of range (the page answers 404).</summary>
    public static async Task<KalenderOverzicht?> LoadAsync(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock, int? jaar, CancellationToken ct)
    {
        var huidig = KalenderSchool.HuidigJaar(clock);
        if (await KalenderSchool.FindAsync(db, scope, clock, jaar, ct) is not ({ } school, var schooljaar))
        {
            return null;
        }

        var kalender = await db.Schoolkalenders.AsNoTracking().Include(k => k.VrijePeriodes).Include(k => k.Lesdagen).AsSplitQuery()
            .SingleOrDefaultAsync(k => k.SchoolId == school.Id && k.Schooljaar == schooljaar, ct);
        var saved = await db.Schoolkalenders.AsNoTracking().Where(k => k.SchoolId == school.Id).Select(k => k.Schooljaar).ToListAsync(ct);
        var bevrijdingsdagVrij = kalender?.BevrijdingsdagVrij ?? true;
        var feestdagen = Domain.Kalender.Feestdagen.In(schooljaar, bevrijdingsdagVrij).Concat(Domain.Kalender.Feestdagen.In(schooljaar + 1, bevrijdingsdagVrij))
            .Where(f => Schoolkalender.SchooljaarVan(f.Date) == schooljaar && f.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var beleid = await db.StageurenBeleid.AsNoTracking().SingleOrDefaultAsync(b => b.SchoolId == school.Id, ct) ?? StageurenBeleid.Standaard;
        return new KalenderOverzicht(school, schooljaar, kalender, [.. saved.Append(huidig).Append(huidig + 1).Distinct().Order()], [.. feestdagen], beleid);
    }
}
