using Leerwerk.Data;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>Changes the parties, content, period, hours and rooster of a leer-werkovereenkomst; its status stays as it is.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class LeerwerkBewerkenModel(LeerwerkDbContext db) : LeerwerkFormModel(db)
{
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await Db.Leerwerkovereenkomsten.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Id = id;
        await LoadChoicesAsync(ct);
        Input = From(agreement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var agreement = await Db.Leerwerkovereenkomsten.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Id = id;
        await LoadChoicesAsync(ct);
        var (student, company) = Validate();
        if (student is not null && student.SchoolId != agreement.SchoolId)
        {
            ModelState.AddModelError("Input.LeerlingId", "Kies een leerling van dezelfde school.");
        }

        if (!ModelState.IsValid || student is null || company is null)
        {
            return Page();
        }

        Apply(agreement, student, company);
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = $"Leer-werkovereenkomst van {student.FullName} bij {company.Name} opgeslagen.";
        return RedirectToPage("Leerwerk", new { id });
    }
}
