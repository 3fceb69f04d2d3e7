using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>Records a new samenwerkingsovereenkomst with one of the school's mbo partners.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class SamenwerkingNieuwModel(LeerwerkDbContext db, TimeProvider clock) : SamenwerkingFormModel(db, clock)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadPartnersAsync(ct);
        Input = new SamenwerkingInput { Soort = SamenwerkingSoort.LeerWerktraject, CoversDoorlopendeLeerweg = true };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadPartnersAsync(ct);
        var partner = Validate();
        if (!ModelState.IsValid || partner is null)
        {
            return Page();
        }

        // The agreement belongs to the school of the partner, which the user can see.
        var agreement = new Samenwerkingsovereenkomst { SchoolId = partner.SchoolId };
        Apply(agreement, partner);
        Db.Samenwerkingsovereenkomsten.Add(agreement);
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = $"Samenwerkingsovereenkomst met {partner.Name} opgeslagen.";
        return RedirectToPage("Samenwerking", new { id = agreement.Id });
    }
}
