using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Rules;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>One candidate's result: grades per subject, every reason with its citation, what is still needed, and the exam planning.</summary>
[Authorize(Policy = Policies.Exam)]
public sealed class KandidaatModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public Leerling Leerling { get; private set; } = null!;

    public UitslagWeergave Weergave { get; private set; } = null!;

    /// <summary>The planning findings: the cspe in its window (D2), a CE from leerjaar 3 that stands or lapses (D3).</summary>
    public IReadOnlyList<Finding> Planning { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var student = (await ExamenKandidaten.LoadAsync(db, [id], ct)).SingleOrDefault();
        if (student is null)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var kandidaat = LeerlingKandidaat.From(student, today);
        Leerling = student;
        var uitslag = UitslagBepaling.Bepaal(kandidaat);
        Weergave = new UitslagWeergave(kandidaat, uitslag) { Herkansing = HerkansingNodig.Bereken(kandidaat, uitslag) };
        Planning = ExamenPlanning.Evaluate(student, today);
        return Page();
    }
}
