using Leerwerk.Data;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.MboInstellingen;

/// <summary>Changes an mbo partner's data.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class EditModel(LeerwerkDbContext db) : PageModel
{
    [BindProperty]
    public MboInstellingInput Input { get; set; } = new();

    public MboInstelling Instelling { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var instelling = await db.MboInstellingen.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (instelling is null)
        {
            return NotFound();
        }

        Instelling = instelling;
        Input = MboInstellingInput.From(instelling);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var instelling = await db.MboInstellingen.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (instelling is null)
        {
            return NotFound();
        }

        Instelling = instelling;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(instelling);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Gegevens van {instelling.Name} opgeslagen.";
        return RedirectToPage("Details", new { id });
    }
}
