using Leerwerk.Data;
using Leerwerk.Data.Import;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// The students import's work on the database: a LAS table read and planned against the school's students, and the
/// plan stored all or nothing. One class for the page (/Leerlingen/Import) and the import benchmark
/// (bench/Leerwerk.Bench.Import), so what is measured is what "Doorvoeren" runs.
/// </summary>
public static class LeerlingenImport
{
    /// <summary>Reads and checks the table and makes the plan against the school's students, or returns the problems.</summary>
    public static async Task<LeerlingenImportBeoordeling> BekijkAsync(LeerwerkDbContext db, LasTabel tabel, int schoolId, DateOnly vandaag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lezing = LasImport.Lees(tabel, vandaag);
        if (!lezing.IsGeldig)
        {
            return new LeerlingenImportBeoordeling(null, lezing.Fouten, 0);
        }

        // Tracked: the plan changes these records and one SaveChanges stores all or nothing.
        var leerlingen = await db.Leerlingen.Include(l => l.Vertegenwoordigers)
            .Where(l => l.SchoolId == schoolId)
            .ToListAsync(ct);
        return new LeerlingenImportBeoordeling(LasImportPlan.Maak(lezing.Leerlingen, leerlingen), [], leerlingen.Count);
    }

    /// <summary>
    /// Carries the plan out on the tracked students and stores everything in one transaction: the changes to existing
    /// students (with whatever else the context tracks, such as the kept file's removal) through SaveChanges, then the
    /// new students and their parents through the bulk path (<see cref="NieuweLeerlingenBulk"/>, ADR 15), which guards
    /// the school scope and audits them as SaveChanges would, a prepared statement or a COPY per table rather than EF's
    /// statement per row. A failure anywhere rolls back all of it.
    /// </summary>
    public static Task VoerDoorAsync(LeerwerkDbContext db, LasImportPlan plan, int schoolId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        return AllesOfNiets.SaveAsync(db, async () =>
        {
            var nieuw = plan.VoerUit(schoolId);
            await db.SaveChangesAsync(ct);
            await NieuweLeerlingenBulk.VoegToeAsync(db, nieuw, ct);
            return nieuw.Count;
        }, ct);
    }
}

/// <summary>What <see cref="LeerlingenImport.BekijkAsync"/> found: the plan and the number of students the school had, or the problems.</summary>
public sealed record LeerlingenImportBeoordeling(LasImportPlan? Plan, IReadOnlyList<ImportFout> Fouten, int Bestaand);
