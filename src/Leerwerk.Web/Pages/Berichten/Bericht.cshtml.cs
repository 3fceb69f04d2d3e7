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

    /// <summary>The files sent with the message, by name and size (the content is the company's pack, not shown here).</summary>
    public IReadOnlyList<Bijlage> Bijlagen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var message = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        Bijlagen = await db.OutboxAttachments.AsNoTracking().Where(a => a.OutboxMessageId == id).OrderBy(a => a.Id)
            .Select(a => new Bijlage(a.FileName, a.Content.Length)).ToListAsync(ct);
        return Page();
    }

    public sealed record Bijlage(string FileName, int Bytes);
}
