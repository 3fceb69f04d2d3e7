using Leerwerk.Data;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Herinneringen;

/// <summary>
/// The school's reminders: which kinds Leerwerk e-mails by itself, and after how many days a missing signature is
/// reminded. One set per school (the first school of the user, as the calendar); no row means every kind on.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class IndexModel(LeerwerkDbContext db, ISchoolScope scope) : PageModel
{
    [BindProperty]
    public HerinneringenInput Input { get; set; } = new();

    public School School { get; private set; } = null!;

    /// <summary>The reminders sent most recently, newest first.</summary>
    public IReadOnlyList<VerzondenHerinnering> Verzonden { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var instellingen = await db.HerinneringInstellingen.AsNoTracking().SingleOrDefaultAsync(h => h.SchoolId == School.Id, ct)
            ?? HerinneringInstellingen.Standaard(School.Id);
        Input = HerinneringenInput.Van(instellingen);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Input.HandtekeningDagen is not { } dagen || dagen < 1 || dagen > HerinneringInstellingen.MaxDagen)
        {
            ModelState.AddModelError("Input.HandtekeningDagen", $"Na hoeveel dagen: vul een aantal dagen in van 1 tot en met {HerinneringInstellingen.MaxDagen}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var instellingen = await db.HerinneringInstellingen.SingleOrDefaultAsync(h => h.SchoolId == School.Id, ct);
        if (instellingen is null)
        {
            instellingen = HerinneringInstellingen.Standaard(School.Id);
            db.HerinneringInstellingen.Add(instellingen);
        }

        Input.Naar(instellingen);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De herinneringen zijn opgeslagen.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var school = await db.Scholen.AsNoTracking().Where(s => scope.SchoolIds.Contains(s.Id)).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (school is null)
        {
            return false;
        }

        School = school;
        Verzonden = await db.VerzondenHerinneringen.AsNoTracking().Where(v => v.SchoolId == school.Id)
            .OrderByDescending(v => v.VerzondenOp).ThenByDescending(v => v.Id).Take(20).ToListAsync(ct);
        return true;
    }
}
