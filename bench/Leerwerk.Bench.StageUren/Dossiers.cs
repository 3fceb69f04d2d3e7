using Leerwerk.Data;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bench.StageUren;

/// <summary>
/// The students' dossiers as the overview builds them, loaded once outside the timing, so the benchmark can time the
/// in-memory part of the overview (<see cref="Data.Queries.StageUrenOverzicht.Rij(Domain.Dossiers.Dossier, DateOnly)"/>) apart from its queries.
/// A diagnostic that mirrors the loading in <c>StageUrenOverzicht</c>; the overview itself is measured as it is.
/// </summary>
internal static class Dossiers
{
    public static async Task<List<Dossier>> LaadAsync(LeerwerkDbContext db)
    {
        var students = await db.Leerlingen.AsNoTracking().Include(l => l.Routes)
            .Where(l => l.Routes.Any(r => r.Route == Leerroute.LeerWerktraject)).OrderBy(l => l.Id).ToListAsync();
        var placements = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(p => p.Leerbedrijf!).ThenInclude(b => b.Erkenningen)
            .Include(p => p.Ondertekeningen)
            .AsSplitQuery().OrderBy(p => p.StartDate).ToListAsync();
        var perCompany = placements.GroupBy(p => p.LeerbedrijfId).ToDictionary(g => g.Key, Stageperioden.From);
        placements.ForEach(p => p.Leerbedrijf!.LwtStageperioden = perCompany[p.LeerbedrijfId]);
        var perStudent = placements.ToLookup(p => p.LeerlingId);
        var hours = (await db.StageUren.AsNoTracking().OrderBy(u => u.LeerlingId).ThenBy(u => u.Date).ToListAsync()).ToLookup(u => u.LeerlingId);
        var kalender = new Schooldagen(await db.Schoolkalenders.AsNoTracking().Include(k => k.VrijePeriodes).Include(k => k.Lesdagen).AsSplitQuery().ToListAsync());
        return [.. students.Select(s => new Dossier
        {
            Leerling = s,
            Plaatsingen = [.. perStudent[s.Id]],
            Uren = [.. hours[s.Id]],
            Kalender = kalender,
            Beleid = StageurenBeleid.Standaard,
        })];
    }
}
