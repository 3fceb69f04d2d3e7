using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>One samenwerkingsovereenkomst with an mbo partner.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class SamenwerkingModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public Samenwerkingsovereenkomst Samenwerkingsovereenkomst { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Include(s => s.MboInstelling)
            .Include(s => s.VerwanteOpleidingen)
            .Include(s => s.Geschiedenis)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Samenwerkingsovereenkomst = agreement;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return Page();
    }
}
