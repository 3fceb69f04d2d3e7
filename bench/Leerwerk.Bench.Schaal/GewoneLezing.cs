using Leerwerk.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bench.Schaal;

/// <summary>
/// The baselines: the rows the worklist and the stage-hours overview read, as entities (<c>AsNoTracking</c>), one
/// query per table without includes, ordering or computing. What a page could not do with less database work.
/// </summary>
internal static class GewoneLezing
{
    /// <summary>Every table <c>LoadDossiersAsync</c> and the leerbedrijf evaluation of the worklist read.</summary>
    public static async Task<long> WerklijstAsync(LeerwerkDbContext db)
    {
        long rows = 0;
        rows += (await db.Leerlingen.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Vertegenwoordigers.AsNoTracking().ToListAsync()).Count;
        rows += (await db.RouteBesluiten.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Vakken.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Intakes.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Samenwerkingsovereenkomsten.AsNoTracking().ToListAsync()).Count;
        rows += (await db.MboInstellingen.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Leerwerkovereenkomsten.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Ondertekeningen.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Leerbedrijven.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Erkenningen.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Kwaliteitseisen.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Praktijkbegeleiders.AsNoTracking().ToListAsync()).Count;
        rows += (await db.StageUren.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Schoolkalenders.AsNoTracking().ToListAsync()).Count;
        rows += (await db.VrijePeriodes.AsNoTracking().ToListAsync()).Count;
        return rows;
    }

    /// <summary>The tables the stage-hours overview reads: students, routes, placements, signatures, erkenningen, hours.</summary>
    public static async Task<long> StageUrenAsync(LeerwerkDbContext db)
    {
        long rows = 0;
        rows += (await db.Leerlingen.AsNoTracking().ToListAsync()).Count;
        rows += (await db.RouteBesluiten.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Leerwerkovereenkomsten.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Ondertekeningen.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Leerbedrijven.AsNoTracking().ToListAsync()).Count;
        rows += (await db.Erkenningen.AsNoTracking().ToListAsync()).Count;
        rows += (await db.StageUren.AsNoTracking().ToListAsync()).Count;
        return rows;
    }
}
