using Leerwerk.Data;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Pages.MboInstellingen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Inrichting;

/// <summary>Step 3 of the set-up: the school's first mbo partner, with the same form as the page Mbo-instellingen.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class MboPartnerModel(LeerwerkDbContext db) : PageModel
{
    [BindProperty]
    public MboInstellingInput Input { get; set; } = new();

    public string SchoolName { get; private set; } = string.Empty;

    /// <summary>The partners the school already has; the step is done when there is one.</summary>
    public IReadOnlyList<string> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new MboInstellingInput { Soort = MboSoort.Roc, OffersBasisberoepsopleiding = true };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var instelling = new MboInstelling { SchoolId = id, Name = string.Empty, BevoegdGezag = string.Empty };
        Input.ApplyTo(instelling);
        db.MboInstellingen.Add(instelling);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Mbo-partner {instelling.Name} opgeslagen.";
        return RedirectToPage("Coordinator", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var school = await db.Scholen.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return false;
        }

        SchoolName = school.Name;
        Partners = await db.MboInstellingen.Where(m => m.SchoolId == id).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(ct);
        return true;
    }
}
