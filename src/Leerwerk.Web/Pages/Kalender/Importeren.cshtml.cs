using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Kalender;

/// <summary>
/// Reads holidays and free days of one school year from a CSV (KalenderCsv), all or nothing: one bad line and
/// no line is stored; every error is listed. The form also stands on the calendar page, which it returns to.
/// </summary>
[Authorize(Policy = Policies.Editors)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * MaxUploadBytes)]
[RequestSizeLimit(2 * MaxUploadBytes)]
public sealed class ImporterenModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock) : PageModel
{
    public const int MaxUploadBytes = 64 * 1024;

    public int Jaar { get; private set; }

    public ImportFouten Fouten { get; private set; } = ImportFouten.Lijst("import-fouten", []);

    public async Task<IActionResult> OnGetAsync(int? jaar, CancellationToken ct) =>
        await LoadAsync(jaar, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int? jaar, IFormFile? bestand, CancellationToken ct)
    {
        if (await LoadAsync(jaar, ct) is not { } school)
        {
            return NotFound();
        }

        var upload = await ImportUpload.ReadAsync(bestand, MaxUploadBytes, "Kies een CSV-bestand met vakanties of vrije dagen.", ct);
        if (!upload.IsRead)
        {
            Fouten = ImportFouten.Lijst("import-fouten", [ImportFout.Bestand(upload.Error!, ImportFoutCode.BestandOngeldig)]);
            return Page();
        }

        var (periodes, errors) = KalenderCsv.Lees(upload.Text, Jaar);
        if (errors.Count > 0)
        {
            Fouten = ImportFouten.Lijst("import-fouten", errors);
            return Page();
        }

        var kalender = await KalenderSchool.EnsureKalenderAsync(db, school, Jaar, ct);
        await AllesOfNiets.SaveAsync(db, () =>
        {
            foreach (var periode in periodes)
            {
                periode.SchoolId = school.Id;
                kalender.VrijePeriodes.Add(periode);
            }
        }, ct);
        return RedirectToPage("Index", new { jaar = Jaar });
    }

    private async Task<School?> LoadAsync(int? jaar, CancellationToken ct)
    {
        (var school, Jaar) = await KalenderSchool.FindAsync(db, scope, clock, jaar, ct);
        return school;
    }
}
