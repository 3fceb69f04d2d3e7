using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Kalender;

/// <summary>
/// What every calendar page starts from: the school whose calendar it is (the first school in the user's scope;
/// the calendar is per school) and, to change it, the tracked calendar of one school year.
/// </summary>
internal static class KalenderSchool
{
    /// <summary>The school year of today, the one a calendar page shows when the address names none.</summary>
    public static int HuidigJaar(TimeProvider clock) => Schoolkalender.SchooljaarVan(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    /// <summary>
    /// The school and the school year (today's when <paramref name="jaar"/> is null) a calendar page works on. School is
    /// null when the user has none or the year is outside 2000-2100, a typo in the address: the page answers 404.
    /// </summary>
    public static async Task<(School? School, int Jaar)> FindAsync(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock, int? jaar, CancellationToken ct)
    {
        var schooljaar = jaar ?? HuidigJaar(clock);
        if (schooljaar is < 2000 or > 2100)
        {
            return (null, schooljaar);
        }

        var school = await db.Scholen.AsNoTracking().Where(s => scope.SchoolIds.Contains(s.Id)).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        return (school, schooljaar);
    }

    /// <summary>
    /// The tracked calendar of the year with its free periods and lesson days. When none was saved, a new default one
    /// that starts with the national school holidays of the school's regio (<see cref="VakantieQueries"/>: built in or
    /// entered by the beheerder): the one place a school year's calendar is seeded, by the set-up, the calendar page
    /// and every change to it.
    /// </summary>
    public static async Task<Schoolkalender> EnsureKalenderAsync(LeerwerkDbContext db, School school, int jaar, CancellationToken ct)
    {
        var kalender = await db.Schoolkalenders.Include(k => k.VrijePeriodes).Include(k => k.Lesdagen)
            .SingleOrDefaultAsync(k => k.SchoolId == school.Id && k.Schooljaar == jaar, ct);
        if (kalender is null)
        {
            kalender = Schoolkalender.Standaard(jaar, school.Id);
            Schoolvakanties.VoegToe(kalender, await db.LoadSchoolvakantiesAsync(school.Regio, jaar, ct));
            db.Schoolkalenders.Add(kalender);
        }

        return kalender;
    }
}
