using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>One candidate's result: grades per subject, every reason with its citation, and what is still needed.</summary>
[Authorize(Policy = Policies.Exam)]
public sealed class KandidaatModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public Leerling Leerling { get; private set; } = null!;

    public UitslagWeergave Weergave { get; private set; } = null!;

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
        Weergave = new UitslagWeergave(kandidaat, UitslagBepaling.Bepaal(kandidaat));
        return Page();
    }
}
