using Leerwerk.Data;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>Changes a student's data and first parent.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class EditModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public LeerlingInput Input { get; set; } = new();

    public Leerling Leerling { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var student = await LoadAsync(id, ct);
        if (student is null)
        {
            return NotFound();
        }

        Leerling = student;
        Input = LeerlingInput.From(student);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var student = await LoadAsync(id, ct);
        if (student is null)
        {
            return NotFound();
        }

        Leerling = student;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await Input.ValidateAsync(ModelState, db, student.SchoolId, student.Id, today, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(student);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Gegevens van {student.FullName} opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    private Task<Leerling?> LoadAsync(int id, CancellationToken ct) =>
        db.Leerlingen.Include(l => l.Vertegenwoordigers).SingleOrDefaultAsync(l => l.Id == id, ct);
}
