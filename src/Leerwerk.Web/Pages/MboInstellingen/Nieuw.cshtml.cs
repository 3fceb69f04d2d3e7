using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.MboInstellingen;

/// <summary>Adds an mbo partner to one of the user's schools.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class NieuwModel(LeerwerkDbContext db, ISchoolScope scope) : PageModel
{
    [BindProperty]
    public MboInstellingInput Input { get; set; } = new();

    /// <summary>The school that works with the partner; asked only when the user works for more than one.</summary>
    [BindProperty]
    public int? SchoolId { get; set; }

    public IReadOnlyList<School> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Schools = await LoadSchoolsAsync(ct);
        Input = new MboInstellingInput { Soort = MboSoort.Roc, OffersBasisberoepsopleiding = true };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Schools = await LoadSchoolsAsync(ct);
        var schoolId = Schools.Count == 1 ? Schools[0].Id : Schools.FirstOrDefault(s => s.Id == SchoolId)?.Id;
        if (schoolId is null)
        {
            ModelState.AddModelError(nameof(SchoolId), "Kies de school die met deze instelling samenwerkt.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var instelling = new MboInstelling { SchoolId = schoolId!.Value, Name = string.Empty, BevoegdGezag = string.Empty };
        Input.ApplyTo(instelling);
        db.MboInstellingen.Add(instelling);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Mbo-instelling {instelling.Name} opgeslagen.";
        return RedirectToPage("Details", new { id = instelling.Id });
    }

    private async Task<IReadOnlyList<School>> LoadSchoolsAsync(CancellationToken ct)
    {
        var ids = scope.SchoolIds;
        return await db.Scholen.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
    }
}
