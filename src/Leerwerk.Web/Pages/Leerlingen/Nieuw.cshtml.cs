using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>Adds a student to one of the user's schools.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class NieuwModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public LeerlingInput Input { get; set; } = new();

    /// <summary>The school to add to; asked only when the user works for more than one.</summary>
    [BindProperty]
    public int? SchoolId { get; set; }

    public IReadOnlyList<School> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Schools = await LoadSchoolsAsync(ct);
        Input = new LeerlingInput { Leerweg = Leerweg.Bb };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Schools = await LoadSchoolsAsync(ct);
        var schoolId = Schools.Count == 1 ? Schools[0].Id : Schools.FirstOrDefault(s => s.Id == SchoolId)?.Id;
        if (schoolId is null)
        {
            ModelState.AddModelError(nameof(SchoolId), "Kies de school van de leerling.");
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await Input.ValidateAsync(ModelState, db, schoolId ?? 0, null, today, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var student = new Leerling
        {
            SchoolId = schoolId!.Value,
            Leerlingnummer = string.Empty,
            FirstName = string.Empty,
            LastName = string.Empty,
        };
        Input.ApplyTo(student);
        db.Leerlingen.Add(student);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Leerling {student.FullName} opgeslagen.";
        return RedirectToPage("Details", new { id = student.Id });
    }

    // The query filter already limits schools to the user's; the scope check keeps it explicit.
    private async Task<IReadOnlyList<School>> LoadSchoolsAsync(CancellationToken ct)
    {
        var ids = scope.SchoolIds;
        return await db.Scholen.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
    }
}
