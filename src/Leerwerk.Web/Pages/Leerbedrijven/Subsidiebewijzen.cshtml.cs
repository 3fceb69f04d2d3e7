using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Web.Documents.Subsidie;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>
/// The Subsidie praktijkleren evidence of every host company of a school year at once: the list, one zip with a PDF
/// and a CSV per company (audited as an export), and the note to each company's praktijkbegeleider.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class SubsidiebewijzenModel(LeerwerkDbContext db, TimeProvider clock, ISchoolScope scope) : PageModel
{
    public int Schooljaar { get; private set; }

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public IReadOnlyList<SubsidieBewijs> Bewijzen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? schooljaar, CancellationToken ct)
    {
        if (await LoadAsync(schooljaar, ct) is { } refusal)
        {
            return refusal;
        }

        Jaren = SubsidieJaren.Keuze(Today());
        return Page();
    }

    public async Task<IActionResult> OnGetZipAsync(int? schooljaar, CancellationToken ct)
    {
        if (await LoadAsync(schooljaar, ct) is { } refusal)
        {
            return refusal;
        }

        return File(SubsidieZip.Write(Bewijzen, Today()), SubsidieZip.ContentType, SubsidieZip.FileName(Schooljaar));
    }

    public async Task<IActionResult> OnPostVersturenAsync(int? schooljaar, CancellationToken ct)
    {
        if (await LoadAsync(schooljaar, ct) is { } refusal)
        {
            return refusal;
        }

        var uitkomst = await SubsidieVersturen.EnqueueAsync(db, scope.UserName, Bewijzen, clock.GetUtcNow().UtcDateTime, Today(), ct);
        TempData["Status"] = uitkomst.Melding();
        return RedirectToPage(null, null, new { schooljaar = Schooljaar });
    }

    private async Task<IActionResult?> LoadAsync(int? schooljaar, CancellationToken ct)
    {
        if (SubsidieJaren.Parse(schooljaar, Today()) is not { } jaar)
        {
            return BadRequest();
        }

        Schooljaar = jaar;
        Bewijzen = await SubsidieQueries.LoadAllAsync(db, jaar, ct);
        return null;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
