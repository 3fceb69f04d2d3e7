using Leerwerk.Data;
using Leerwerk.Data.Inrichting;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Inrichting;

/// <summary>The set-up at a glance: per school the four steps, what is done and what is still missing.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class IndexModel(LeerwerkDbContext db) : PageModel
{
    public IReadOnlyList<InrichtingStatus> Scholen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Scholen = await InrichtingStatus.LoadAsync(db, ct);
}
