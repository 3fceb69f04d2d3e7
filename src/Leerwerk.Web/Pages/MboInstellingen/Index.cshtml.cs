using Leerwerk.Data;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.MboInstellingen;

/// <summary>The mbo partners of the user's schools.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<MboInstelling> Instellingen { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        Instellingen = await db.MboInstellingen.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
    }
}
