using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>One student: personal data, parents, route history, grades, and the findings of the dossier rules.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class DetailsModel(LeerwerkDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Leerling Student { get; private set; } = null!;

    public Profiel? Profiel { get; private set; }

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>What <see cref="DossierRules"/> finds in the student's dossier today, MOET errors first.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var dossier = await db.LoadDossierAsync(id, ct);
        if (dossier is null)
        {
            return NotFound();
        }

        var student = dossier.Leerling;
        Student = student;
        Profiel = Profielen.Find(student.ProfielCode);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Findings = DossierRules.Evaluate(dossier, Today);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        return Page();
    }
}
