using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Queries;

/// <summary>Loads the hosting periods rule F2 needs from the companies' leer-werkovereenkomsten.</summary>
public static class StageperiodeQueries
{
    /// <summary>Fills <see cref="Leerbedrijf.LwtStageperioden"/> of each company from all its placements in the school.</summary>
    public static async Task FillStageperiodenAsync(this LeerwerkDbContext db, IEnumerable<Leerbedrijf> companies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(companies);
        var list = companies.ToList();
        var ids = list.Select(c => c.Id).Distinct().ToList();
        var rows = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Where(o => ids.Contains(o.LeerbedrijfId))
            .Select(o => new { o.LeerbedrijfId, o.Status, o.StartDate, o.EndDate, o.EndedOn })
            .ToListAsync(ct);
        // Only the columns F2 reads, rebuilt as agreements with the status they have in the database.
        var byCompany = rows.Select(r =>
        {
            var plaatsing = new Leerwerkovereenkomst { LeerbedrijfId = r.LeerbedrijfId, StartDate = r.StartDate, EndDate = r.EndDate, EndedOn = r.EndedOn };
            Levensloop.Restore(plaatsing, r.Status);
            return plaatsing;
        }).ToLookup(r => r.LeerbedrijfId);
        foreach (var company in list)
        {
            company.LwtStageperioden = Stageperioden.From(byCompany[company.Id]);
        }
    }
}
