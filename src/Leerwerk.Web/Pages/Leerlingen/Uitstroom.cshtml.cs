using Leerwerk.Data;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>
/// Records that a student left the school (uitstroom): the day and the reason, next to the doorstroom record of a
/// student who went on to the mbo. From that day the student is no current student (not judged by the dossier rules,
/// only under "uitgestroomd" in the list) and the AVG retention period runs. Saved through the audited context.
/// </summary>
[Authorize(Policy = Policies.Editors)]
public sealed class UitstroomModel(LeerwerkDbContext db) : PageModel
{
    [BindProperty]
    public UitstroomInput Input { get; set; } = new();

    public Leerling Leerling { get; private set; } = null!;

    /// <summary>Where the student went in the mbo, if recorded (the doorstroom page).</summary>
    public DoorstroomRecord? Doorstroom { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = UitstroomInput.From(Leerling);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Validate(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(Leerling);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = Leerling.UitgestroomdOp is null
            ? $"{Leerling.FullName} staat weer als leerling op school."
            : $"Uitstroom van {Leerling.FullName} opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var student = await db.Leerlingen.SingleOrDefaultAsync(l => l.Id == id, ct);
        if (student is null)
        {
            return false;
        }

        Leerling = student;
        Doorstroom = await db.Doorstroom.AsNoTracking().Where(d => d.LeerlingId == id).OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
        return true;
    }
}
