using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>Drafts a new leer-werkovereenkomst; it starts as a concept until the parties sign.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class LeerwerkNieuwModel(LeerwerkDbContext db, TimeProvider clock) : LeerwerkFormModel(db, clock)
{
    public async Task OnGetAsync(int? leerlingId, int? leerbedrijfId, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Input = new LeerwerkInput { LeerlingId = leerlingId, LeerbedrijfId = leerbedrijfId };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var (student, company) = Validate();
        if (!ModelState.IsValid || student is null || company is null)
        {
            return Page();
        }

        // The agreement belongs to the school of the student, which the user can see.
        var agreement = new Leerwerkovereenkomst { SchoolId = student.SchoolId };
        Apply(agreement, student, company);
        Db.Leerwerkovereenkomsten.Add(agreement);
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = $"Leer-werkovereenkomst van {student.FullName} bij {company.Name} opgeslagen als concept.";
        return RedirectToPage("Leerwerk", new { id = agreement.Id });
    }
}
