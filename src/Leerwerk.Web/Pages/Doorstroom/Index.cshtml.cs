using Leerwerk.Data;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Doorstroom;

/// <summary>The school's doorstroom overview: where its students went in the mbo, by niveau and leerweg.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db) : PageModel
{
    public IReadOnlyList<Regel> Regels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await (from d in db.Doorstroom.AsNoTracking()
                          join l in db.Leerlingen.AsNoTracking() on d.LeerlingId equals l.Id
                          orderby l.LastName, l.FirstName, d.Id
                          select new { Record = d, l.Id, l.Leerlingnummer, l.FirstName, l.Tussenvoegsel, l.LastName })
            .ToListAsync(ct);
        Regels = rows.Select(r => new Regel(r.Id, r.Leerlingnummer,
            string.IsNullOrWhiteSpace(r.Tussenvoegsel) ? $"{r.FirstName} {r.LastName}" : $"{r.FirstName} {r.Tussenvoegsel} {r.LastName}",
            r.Record)).ToList();
    }

    public sealed record Regel(int LeerlingId, string Leerlingnummer, string Name, DoorstroomRecord Record);
}
