using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Keuzevakken;

/// <summary>
/// The school's offered beroepsgerichte keuzevakken, the list students choose their four from (C2, C5). Staff
/// read it; Editors add and remove. Removing never touches a student's programme: chosen subjects stay.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, ISchoolScope scope, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<AangebodenKeuzevak> Aanbod { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty]
    [Display(Name = "Naam van het keuzevak")]
    [Required(ErrorMessage = "Vul de naam van het keuzevak in.")]
    [StringLength(120, ErrorMessage = "De naam van het keuzevak is te lang (hoogstens 120 tekens).")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Profiel (bij een profielmodule)")]
    public string? ProfielCode { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEdit)
        {
            return Forbid();
        }

        var schoolId = scope.SchoolIds.Count == 1 ? scope.SchoolIds[0] : (int?)null;
        if (schoolId is null)
        {
            ModelState.AddModelError(string.Empty, "U werkt voor meer dan één school; het aanbod wordt per school beheerd door een coördinator van die school.");
        }

        var name = Name?.Trim();
        if (!string.IsNullOrEmpty(ProfielCode) && Domain.Profielen.Profielen.Find(ProfielCode) is null)
        {
            ModelState.AddModelError(nameof(ProfielCode), $"'{ProfielCode}' is geen vmbo-profiel.");
        }

        if (name is not null && Aanbod.Any(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(Name), $"{name} staat al in het aanbod.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.AangebodenKeuzevakken.Add(new AangebodenKeuzevak
        {
            SchoolId = schoolId!.Value,
            Name = name!,
            ProfielCode = string.IsNullOrEmpty(ProfielCode) ? null : Domain.Profielen.Profielen.Find(ProfielCode)!.Code,
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Keuzevak {name} toegevoegd aan het aanbod.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(int id, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEdit)
        {
            return Forbid();
        }

        var keuzevak = await db.AangebodenKeuzevakken.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (keuzevak is null)
        {
            return NotFound();
        }

        db.AangebodenKeuzevakken.Remove(keuzevak);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Keuzevak {keuzevak.Name} uit het aanbod gehaald; leerlingen die het al kozen houden het.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Aanbod = await db.AangebodenKeuzevakken.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
    }
}
