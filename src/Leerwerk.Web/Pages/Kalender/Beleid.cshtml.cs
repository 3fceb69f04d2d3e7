using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Kalender;

/// <summary>
/// The school's stage-hour policy (rule E3): hours of stage per school year, or no policy (E3 off). One policy
/// per school, not per year; the form also stands on the calendar page, which it returns to.
/// </summary>
[Authorize(Policy = Policies.Editors)]
public sealed class BeleidModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock) : PageModel
{
    /// <summary>The school year of the calendar page to return to.</summary>
    public int Jaar { get; private set; }

    [BindProperty]
    public BeleidInput BeleidForm { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? jaar, CancellationToken ct)
    {
        if (await LoadAsync(jaar, ct) is not { } school)
        {
            return NotFound();
        }

        var beleid = await db.StageurenBeleid.AsNoTracking().SingleOrDefaultAsync(b => b.SchoolId == school.Id, ct) ?? StageurenBeleid.Standaard;
        BeleidForm = BeleidInput.Van(beleid);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? jaar, CancellationToken ct)
    {
        if (await LoadAsync(jaar, ct) is not { } school)
        {
            return NotFound();
        }

        if (!BeleidForm.Uit && BeleidForm.UrenPerSchooljaar is null or <= 0 or > MaximumStageUren.MaximumHours)
        {
            ModelState.AddModelError("BeleidForm.UrenPerSchooljaar", $"Uren per schooljaar: vul een aantal tussen 0 en {Nl.Number(MaximumStageUren.MaximumHours)} in, of zet het beleid uit.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var beleid = await db.StageurenBeleid.SingleOrDefaultAsync(b => b.SchoolId == school.Id, ct);
        if (beleid is null)
        {
            beleid = new StageurenBeleid { SchoolId = school.Id };
            db.StageurenBeleid.Add(beleid);
        }

        beleid.UrenPerSchooljaar = BeleidForm.Uit ? null : BeleidForm.UrenPerSchooljaar;
        await db.SaveChangesAsync(ct);
        return RedirectToPage("Index", new { jaar = Jaar });
    }

    private async Task<School?> LoadAsync(int? jaar, CancellationToken ct)
    {
        (var school, Jaar) = await KalenderSchool.FindAsync(db, scope, clock, jaar, ct);
        return school;
    }
}
