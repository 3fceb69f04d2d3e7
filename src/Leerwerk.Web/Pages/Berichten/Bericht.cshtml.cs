using Leerwerk.Data;
using Leerwerk.Data.Mail;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Berichten;

/// <summary>One message of the outbox with its full text, as the recipient gets it.</summary>
[Authorize(Policy = Policies.Beheer)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class BerichtModel(LeerwerkDbContext db) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var message = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        return Page();
    }
}
