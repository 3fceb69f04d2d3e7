using Leerwerk.Data;
using Leerwerk.Data.Avg;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen.Avg;

/// <summary>
/// Erases one student's personal data (AVG, <see cref="LeerlingWissing"/>), for the beheerder only, after a
/// confirmation: the beheerder types the student's number or full name, so a slip of the mouse erases no one.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class WissenModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Bevestiging { get; set; }

    public Leerling Leerling { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Leerlingen.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct) is not { } student)
        {
            return NotFound();
        }

        Leerling = student;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.Leerlingen.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct) is not { } student)
        {
            return NotFound();
        }

        Leerling = student;
        if (student.GewistOp is not null)
        {
            ModelState.AddModelError(nameof(Bevestiging), "De gegevens van deze leerling zijn al gewist.");
            return Page();
        }

        var typed = Bevestiging?.Trim() ?? string.Empty;
        if (!string.Equals(typed, student.Leerlingnummer, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(typed, student.FullName, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Bevestiging), "Typ het leerlingnummer of de volledige naam van de leerling precies over om het wissen te bevestigen.");
            return Page();
        }

        await LeerlingWissing.WisAsync(db, id, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        // The message names no one: the name is gone.
        TempData["Status"] = "De persoonsgegevens van de leerling zijn gewist. Tellingen en logboekfeiten zijn bewaard.";
        return RedirectToPage("/Leerlingen/Details", new { id });
    }
}
