using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Web.Documents.Subsidie;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>
/// The Subsidie praktijkleren evidence of one leerbedrijf for a school year: what is in it, the PDF and the CSV to
/// download (audited by <see cref="DownloadAuditFilter"/>), and the note to its praktijkbegeleider through the outbox.
/// For the coördinator and the beheerder: it is a report on the school's placements, not a student's own page.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class SubsidieModel(LeerwerkDbContext db, TimeProvider clock, ISchoolScope scope) : PageModel
{
    public SubsidieBewijs Bewijs { get; private set; } = null!;

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public string? Contact { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? schooljaar, CancellationToken ct)
    {
        if (await LoadAsync(id, schooljaar, ct) is { } refusal)
        {
            return refusal;
        }

        Jaren = SubsidieJaren.Keuze(Today());
        Contact = SubsidieMail.Contact(Bewijs) is { } contact ? $"{contact.Name} ({contact.Email})" : null;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, int? schooljaar, CancellationToken ct)
    {
        if (await LoadAsync(id, schooljaar, ct) is { } refusal)
        {
            return refusal;
        }

        var file = SubsidieDocument.Render(Bewijs, Today());
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, int? schooljaar, CancellationToken ct)
    {
        if (await LoadAsync(id, schooljaar, ct) is { } refusal)
        {
            return refusal;
        }

        return File(SubsidieCsv.Write(Bewijs), SubsidieCsv.ContentType, SubsidieCsv.FileName(Bewijs));
    }

    public async Task<IActionResult> OnPostVersturenAsync(int id, int? schooljaar, CancellationToken ct)
    {
        if (await LoadAsync(id, schooljaar, ct) is { } refusal)
        {
            return refusal;
        }

        if (Bewijs.Plaatsingen.Count == 0)
        {
            TempData["Status"] = $"In schooljaar {Bewijs.SchooljaarNaam} liep geen leerling stage bij {Bewijs.Leerbedrijf.Name}. Er is niets verstuurd.";
        }
        else
        {
            var uitkomst = await SubsidieVersturen.EnqueueAsync(db, scope.UserName, [Bewijs], clock.GetUtcNow().UtcDateTime, Today(), ct);
            TempData["Status"] = uitkomst.Melding();
        }

        return RedirectToPage(null, null, new { id, schooljaar = Bewijs.Schooljaar });
    }

    private async Task<IActionResult?> LoadAsync(int id, int? schooljaar, CancellationToken ct)
    {
        if (SubsidieJaren.Parse(schooljaar, Today()) is not { } jaar)
        {
            return BadRequest();
        }

        if (await SubsidieQueries.LoadAsync(db, id, jaar, ct) is not { } bewijs)
        {
            return NotFound();
        }

        Bewijs = bewijs;
        return null;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
