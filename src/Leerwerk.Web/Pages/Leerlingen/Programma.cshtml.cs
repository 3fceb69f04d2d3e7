using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>
/// The programme (vakkenpakket) of one student, with the findings of area C of the dossier evaluation
/// (C1–C10) shown after saving, MAG freedoms visibly allowed.
/// </summary>
[Authorize(Policy = Policies.Editors)]
public sealed class ProgrammaModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The catalogue's area "Het programma": the findings this page shows.</summary>
    private const string ProgrammaArea = "C";

    [BindProperty]
    public ProgrammaInput Input { get; set; } = new();

    public Leerling Leerling { get; private set; } = null!;

    public IReadOnlyList<AangebodenKeuzevak> Aanbod { get; private set; } = [];

    /// <summary>The findings of area C (the programme) for this student today.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = ProgrammaInput.From(Leerling, Aanbod);
        await EvaluateAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !Input.TryApply(Leerling, Aanbod, ModelState))
        {
            await EvaluateAsync(ct);
            return Page();
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Programma van {Leerling.FullName} opgeslagen.";
        return RedirectToPage("Programma", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var student = await db.Leerlingen.Include(l => l.Vakken).Include(l => l.Routes).AsSplitQuery()
            .SingleOrDefaultAsync(l => l.Id == id, ct);
        if (student is null)
        {
            return false;
        }

        Leerling = student;
        Aanbod = await db.AangebodenKeuzevakken.AsNoTracking()
            .Where(k => k.SchoolId == student.SchoolId)
            .OrderBy(k => k.Name)
            .ToListAsync(ct);
        return true;
    }

    private async Task EvaluateAsync(CancellationToken ct)
    {
        var dossier = await db.LoadDossierAsync(Leerling.Id, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Findings = dossier is null ? [] : DossierRules.Evaluate(dossier, today).Where(f => RuleCatalog.AreaOf(f.RuleId) == ProgrammaArea).ToList();
    }
}
