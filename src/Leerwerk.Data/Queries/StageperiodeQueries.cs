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
            .Select(o => new Leerwerkovereenkomst
            {
                LeerbedrijfId = o.LeerbedrijfId,
                Status = o.Status,
                StartDate = o.StartDate,
                EndDate = o.EndDate,
                EndedOn = o.EndedOn,
            })
            .ToListAsync(ct);
        var byCompany = rows.ToLookup(r => r.LeerbedrijfId);
        foreach (var company in list)
        {
            company.LwtStageperioden = Stageperioden.From(byCompany[company.Id]);
        }
    }
}
