using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>Adds a leerbedrijf to the user's school.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class NieuwModel(LeerwerkDbContext db, ISchoolScope scope) : LeerbedrijfFormModel(db)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (scope.SchoolIds.Count == 0)
        {
            return Forbid();
        }

        var schoolId = scope.SchoolIds[0];
        await ValidateAsync(schoolId, id: null, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var company = new Leerbedrijf { SchoolId = schoolId, Name = string.Empty, KvkNumber = string.Empty };
        Apply(company);
        Db.Leerbedrijven.Add(company);
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = $"Leerbedrijf {company.Name} opgeslagen.";
        return RedirectToPage("Details", new { id = company.Id });
    }
}
