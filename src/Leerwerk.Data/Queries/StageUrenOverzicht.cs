using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren.Prognose;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Domain.StageUren.Telling;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Queries;

/// <summary>
/// The school overview of stage hours: every LWT student still at school of the user's schools with the counted hours
/// (<see cref="UrenTelling"/>) and the forecast (<see cref="StageUrenPrognose"/>), computed from the database in
/// a few queries (the hours per batch of students) and one pass in memory. Used by the overview page, its CSV/XLSX export and the benchmark.
/// </summary>
public static class StageUrenOverzicht
{
    /// <summary>The overview on <paramref name="vandaag"/>; <paramref name="batchSize"/> other than the default is for tests.</summary>
    public static async Task<IReadOnlyList<StageUrenOverzichtRij>> LoadStageUrenOverzichtAsync(this LeerwerkDbContext db, DateOnly vandaag, CancellationToken ct,
        int batchSize = DossierQueries.BatchSize)
    {
        ArgumentNullException.ThrowIfNull(db);
        var students = await db.Leerlingen.AsNoTracking()
            .OpSchoolOp(vandaag)
            .Include(l => l.Routes)
            .Where(l => l.Routes.Any(r => r.Route == Leerroute.LeerWerktraject))
            .OrderBy(l => l.Id)
            .ToListAsync(ct);
        var allPlacements = await db.Leerwerkovereenkomsten.AsNoTracking()
                .Include(p => p.Leerbedrijf!).ThenInclude(b => b.Erkenningen)
                .Include(p => p.Ondertekeningen)
                .AsSplitQuery()
                .OrderBy(p => p.StartDate)
                .ToListAsync(ct);
        FillStageperioden(allPlacements);
        var placements = allPlacements.ToLookup(p => p.LeerlingId);
        var kalenders = (await db.Schoolkalenders.AsNoTracking()
                .Include(k => k.VrijePeriodes)
                .Include(k => k.Lesdagen)
                .AsSplitQuery()
                .ToListAsync(ct))
            .GroupBy(k => k.SchoolId)
            .ToDictionary(g => g.Key, g => new Schooldagen(g));
        var beleid = (await db.StageurenBeleid.AsNoTracking().ToListAsync(ct)).ToDictionary(b => b.SchoolId);

        // The hours per batch of students (as DossierQueries.LoadDossiersInBatchesAsync): a board's overview holds one
        // batch's entries at a time, not all of the board's hundreds of thousands.
        var rijen = new List<StageUrenOverzichtRij>(students.Count);
        foreach (var batch in students.Chunk(batchSize))
        {
            var (from, to) = (batch[0].Id, batch[^1].Id);
            var hours = GedeeldeNamen.Deel(await db.StageUren.AsNoTracking()
                    .Where(u => u.LeerlingId >= from && u.LeerlingId <= to)
                    .OrderBy(u => u.LeerlingId).ThenBy(u => u.Date)
                    .ToListAsync(ct))
                .ToLookup(u => u.LeerlingId);
            rijen.AddRange(batch.Select(s => Rij(new Dossier
            {
                Leerling = s,
                Plaatsingen = [.. placements[s.Id]],
                Uren = [.. hours[s.Id]],
                Kalender = kalenders.GetValueOrDefault(s.SchoolId) ?? Schooldagen.Geen,
                Beleid = beleid.GetValueOrDefault(s.SchoolId) ?? StageurenBeleid.Standaard,
            }, vandaag)));
        }

        return rijen;
    }

    /// <summary>
    /// The hosting periods rule F2 needs (an erkenning lapses after four years without an LWT student), from the
    /// placements already loaded: the same as <see cref="StageperiodeQueries.FillStageperiodenAsync"/> without a query.
    /// </summary>
    private static void FillStageperioden(List<Leerwerkovereenkomst> placements)
    {
        var perCompany = placements.GroupBy(p => p.LeerbedrijfId).ToDictionary(g => g.Key, Stageperioden.From);
        foreach (var placement in placements)
        {
            if (placement.Leerbedrijf is { } company)
            {
                company.LwtStageperioden = perCompany[placement.LeerbedrijfId];
            }
        }
    }

    /// <summary>One student's line, from the same count and forecast the dossier rules use.</summary>
    public static StageUrenOverzichtRij Rij(Dossier dossier, DateOnly vandaag) => Rij(dossier, UrenTelling.Tel(dossier), vandaag);

    /// <summary>The same, on the count (<see cref="UrenTelling.Tel(Dossier)"/>) the caller already made of this dossier.</summary>
    public static StageUrenOverzichtRij Rij(Dossier dossier, IReadOnlyList<GeteldeRegel> geteld, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(geteld);
        var totaal = StageUrenTotaal.Of(geteld);
        var prognose = StageUrenPrognose.Bereken(dossier, geteld, vandaag);
        var s = dossier.Leerling;
        return new StageUrenOverzichtRij(
            s.Id, s.SchoolId, s.Leerlingnummer, s.FullName, s.ClassName, s.Leerjaar,
            totaal.Hours, totaal.Days,
            geteld.Where(g => g.Reden == NietGeteldReden.NogNietGoedgekeurd).Sum(g => g.Regel.Hours),
            geteld.Where(g => g.RuleId is not null).Sum(g => g.Regel.Hours),
            prognose,
            StageUrenPrognose.Zin(prognose, s.FullName));
    }
}

/// <summary>One student in the overview: counted hours and days, hours awaiting approval, hours that do not count (E4–E6), the forecast.</summary>
public sealed record StageUrenOverzichtRij(
    int LeerlingId,
    int SchoolId,
    string Leerlingnummer,
    string Naam,
    string? Klas,
    int Leerjaar,
    decimal GeteldeUren,
    int GeteldeDagen,
    decimal OpenUren,
    decimal NietGeteldeUren,
    UrenPrognose Prognose,
    string Zin);
