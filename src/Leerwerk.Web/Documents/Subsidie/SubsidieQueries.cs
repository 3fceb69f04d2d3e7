using Leerwerk.Data;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>
/// Loads the evidence packs of a school year: for one leerbedrijf, or for every host company (one that hosted at
/// least one placement that year). One query per table; the context's school filter scopes it, so a company of
/// another school is not found.
/// </summary>
public static class SubsidieQueries
{
    /// <summary>The pack of one company, or null when the company is not found (another school's, or none).</summary>
    public static async Task<SubsidieBewijs?> LoadAsync(LeerwerkDbContext db, int leerbedrijfId, int schooljaar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var company = await Companies(db).FirstOrDefaultAsync(b => b.Id == leerbedrijfId, ct);
        if (company is null)
        {
            return null;
        }

        var packs = await BuildAsync(db, [company], schooljaar, await PlacementsAsync(db, schooljaar, [leerbedrijfId], ct), ct);
        return packs[0];
    }

    /// <summary>The packs of every company that hosted a placement in <paramref name="schooljaar"/>, by company name.</summary>
    public static async Task<IReadOnlyList<SubsidieBewijs>> LoadAllAsync(LeerwerkDbContext db, int schooljaar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var placements = await PlacementsAsync(db, schooljaar, null, ct);
        var hostIds = placements.Where(Stageperioden.Counts).Select(p => p.LeerbedrijfId).Distinct().ToList();
        var companies = await Companies(db).Where(b => hostIds.Contains(b.Id)).ToListAsync(ct);
        var packs = await BuildAsync(db, companies, schooljaar, placements, ct);
        return [.. packs.Where(p => p.Plaatsingen.Count > 0).OrderBy(p => p.Leerbedrijf.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.Leerbedrijf.Id)];
    }

    private static IQueryable<Leerbedrijf> Companies(LeerwerkDbContext db) => db.Leerbedrijven.AsNoTracking()
        .Include(b => b.Erkenningen)
        .Include(b => b.Praktijkbegeleiders)
        .AsSplitQuery();

    /// <summary>Every agreement whose period touches the school year; which of them hosted is the domain's call.</summary>
    private static async Task<List<Leerwerkovereenkomst>> PlacementsAsync(LeerwerkDbContext db, int schooljaar, int[]? companyIds, CancellationToken ct)
    {
        var start = SubsidieBewijs.EersteDag(schooljaar);
        var end = SubsidieBewijs.LaatsteDag(schooljaar);
        var query = db.Leerwerkovereenkomsten.AsNoTracking()
            .Where(o => o.StartDate <= end && (o.EndedOn ?? o.EndDate) >= start);
        if (companyIds is not null)
        {
            query = query.Where(o => companyIds.Contains(o.LeerbedrijfId));
        }

        return await query
            .Include(o => o.Leerling)
            .Include(o => o.Praktijkbegeleider)
            .Include(o => o.Ondertekeningen)
            .AsSplitQuery()
            .ToListAsync(ct);
    }

    private static async Task<List<SubsidieBewijs>> BuildAsync(LeerwerkDbContext db, IReadOnlyList<Leerbedrijf> companies, int schooljaar, List<Leerwerkovereenkomst> placements, CancellationToken ct)
    {
        var start = SubsidieBewijs.EersteDag(schooljaar);
        var end = SubsidieBewijs.LaatsteDag(schooljaar);
        var ids = placements.Select(p => p.Id).ToList();
        var hours = await db.StageUren.AsNoTracking()
            .Where(u => ids.Contains(u.LeerwerkovereenkomstId) && u.Status == UrenStatus.Goedgekeurd && u.Date >= start && u.Date <= end)
            .ToListAsync(ct);
        var schoolIds = companies.Select(c => c.SchoolId).Distinct().ToList();
        var schools = await db.Scholen.AsNoTracking().Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var byCompany = placements.ToLookup(p => p.LeerbedrijfId);
        return [.. companies.Select(c => SubsidieBewijs.From(schools[c.SchoolId], c, schooljaar, byCompany[c.Id], hours))];
    }
}
