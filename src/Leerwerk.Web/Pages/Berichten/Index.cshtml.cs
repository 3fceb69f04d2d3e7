using Leerwerk.Data;
using Leerwerk.Data.Mail;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Berichten;

/// <summary>The outbox of the beheerder's schools: every e-mail Leerwerk wrote, newest first, with its status.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class IndexModel(LeerwerkDbContext db) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Total = await db.Outbox.CountAsync(ct);
        Messages = await db.Outbox.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Take(Shown)
            .ToListAsync(ct);
    }
}
