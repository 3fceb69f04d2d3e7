using Leerwerk.Data;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>Changes a samenwerkingsovereenkomst: partner, soort, term, notice, end and what it covers.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class SamenwerkingBewerkenModel(LeerwerkDbContext db, TimeProvider clock) : SamenwerkingFormModel(db, clock)
{
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await Db.Samenwerkingsovereenkomsten.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Id = id;
        await LoadPartnersAsync(ct);
        Input = From(agreement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var agreement = await Db.Samenwerkingsovereenkomsten.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Id = id;
        await LoadPartnersAsync(ct);
        var partner = Validate();
        if (partner is not null && partner.SchoolId != agreement.SchoolId)
        {
            ModelState.AddModelError("Input.MboInstellingId", "Kies een mbo-partner van dezelfde school.");
        }

        if (!ModelState.IsValid || partner is null)
        {
            return Page();
        }

        Apply(agreement, partner);
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = $"Samenwerkingsovereenkomst met {partner.Name} opgeslagen.";
        return RedirectToPage("Samenwerking", new { id });
    }
}
