using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.MboInstellingen;

/// <summary>One mbo partner with its samenwerkingsovereenkomsten.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class DetailsModel(LeerwerkDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public MboInstelling Instelling { get; private set; } = null!;

    public IReadOnlyList<Samenwerkingsovereenkomst> Overeenkomsten { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var instelling = await db.MboInstellingen.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (instelling is null)
        {
            return NotFound();
        }

        Instelling = instelling;
        Overeenkomsten = await db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Where(s => s.MboInstellingId == id)
            .OrderByDescending(s => s.StartDate)
            .ToListAsync(ct);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        return Page();
    }
}
