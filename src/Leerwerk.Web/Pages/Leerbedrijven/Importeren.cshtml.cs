using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Data.Import;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerbedrijven.Import;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>
/// Imports a list of SBB-recognised companies (docs/import-leerbedrijven.md): upload, preview, then all or nothing.
/// The preview keeps the file on the server (<see cref="ImportVoorbeeld"/>) and the page carries only its id.
/// </summary>
[Authorize(Policy = Policies.Editors)]
[RequestFormLimits(MultipartBodyLengthLimit = 4 * MaxBytes)]
[RequestSizeLimit(4 * MaxBytes)]
public sealed class ImporterenModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock) : PageModel
{
    public const int MaxBytes = 1024 * 1024;

    public IReadOnlyList<ImportFout> Errors { get; private set; } = [];

    public IReadOnlyList<(ImportRij Rij, string Action)> Preview { get; private set; } = [];

    /// <summary>The id of the previewed file, posted back with the confirmation.</summary>
    public string? VoorbeeldId { get; private set; }

    public void OnGet()
    {
    }

    public ImportFouten Fouten => ImportFouten.Lijst("import-fouten", Errors);

    /// <summary>Reads the uploaded file and shows what would change, or every error.</summary>
    public async Task<IActionResult> OnPostVoorbeeldAsync(IFormFile? bestand, CancellationToken ct)
    {
        if (scope.SchoolIds.Count == 0)
        {
            return Forbid();
        }

        var upload = await ImportUpload.ReadAsync(bestand, MaxBytes, "Kies een CSV-bestand met erkende leerbedrijven.", ct);
        if (!upload.IsRead)
        {
            Errors = [ImportFout.Bestand(upload.Error!, ImportFoutCode.BestandOngeldig)];
            return Page();
        }

        var result = ErkendeBedrijvenCsv.Lees(upload.Bytes);
        Errors = result.Fouten;
        if (result.IsValid)
        {
            VoorbeeldId = await ImportVoorbeeld.BewaarAsync(db, ImportSoort.Leerbedrijven, scope.SchoolIds[0], User.Identity!.Name!, bestand!.FileName, upload.Bytes, clock.GetUtcNow().UtcDateTime, ct);
            var existing = await ExistingAsync(tracked: false, ct);
            Preview = [.. result.Rijen.Select(r => (r, Describe(r, existing)))];
        }

        return Page();
    }

    /// <summary>Imports the previewed file in one transaction; refuses the whole file on any error.</summary>
    public async Task<IActionResult> OnPostOpslaanAsync(string? voorbeeldId, CancellationToken ct)
    {
        if (scope.SchoolIds.Count == 0)
        {
            return Forbid();
        }

        var (bestand, fout) = await ImportVoorbeeld.LaadAsync(db, voorbeeldId, ImportSoort.Leerbedrijven, User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct);
        if (bestand is null)
        {
            Errors = [ImportFout.Bestand(fout!, ImportFoutCode.BestandOngeldig)];
            return Page();
        }

        var result = ErkendeBedrijvenCsv.Lees(bestand.Inhoud);
        if (!result.IsValid)
        {
            Errors = result.Fouten;
            return Page();
        }

        var existing = await ExistingAsync(tracked: true, ct);
        var schoolId = scope.SchoolIds[0];
        var (added, updated) = (0, 0);
        var (doorgevoerd, _) = await ImportVoorbeeld.DoorvoerenAsync(db, bestand, async () =>
        {
            await AllesOfNiets.SaveAsync(db, () =>
            {
                foreach (var rij in result.Rijen)
                {
                    if (!existing.TryGetValue(rij.KvkNumber, out var company))
                    {
                        company = new Leerbedrijf { SchoolId = schoolId, Name = rij.Name, KvkNumber = rij.KvkNumber };
                        db.Leerbedrijven.Add(company);
                        existing[rij.KvkNumber] = company;
                        added++;
                    }
                    else
                    {
                        updated++;
                    }

                    Apply(company, rij);
                }
            }, ct);
            return true;
        });
        if (!doorgevoerd)
        {
            Errors = [ImportFout.Bestand(ImportVoorbeeld.VerlopenMessage, ImportFoutCode.BestandOngeldig)];
            return Page();
        }

        TempData["Status"] = string.Create(CultureInfo.InvariantCulture, $"Import voltooid: {result.Rijen.Count} regels, {added} nieuwe en {updated} bijgewerkte erkenningen of bedrijven.");
        return RedirectToPage("Index");
    }

    private static void Apply(Leerbedrijf company, ImportRij rij)
    {
        company.Name = rij.Name;
        company.SbbLeerbedrijfId = rij.SbbLeerbedrijfId ?? company.SbbLeerbedrijfId;
        company.Street = rij.Street ?? company.Street;
        company.PostalCode = rij.PostalCode ?? company.PostalCode;
        company.City = rij.City ?? company.City;
        var erkenning = company.Erkenningen.FirstOrDefault(e => e.ProfielCode == rij.ProfielCode);
        if (erkenning is null)
        {
            erkenning = new Erkenning { SchoolId = company.SchoolId, ProfielCode = rij.ProfielCode };
            company.Erkenningen.Add(erkenning);
        }

        erkenning.IsLwt = rij.IsLwt;
        erkenning.GrantedOn = rij.GrantedOn;
        erkenning.LastAssessedOn = rij.LastAssessedOn ?? erkenning.LastAssessedOn;
    }

    private static string Describe(ImportRij rij, Dictionary<string, Leerbedrijf> existing) =>
        !existing.TryGetValue(rij.KvkNumber, out var company) ? "nieuw leerbedrijf"
        : company.Erkenningen.Any(e => e.ProfielCode == rij.ProfielCode) ? "erkenning bijwerken"
        : "erkenning toevoegen";

    private async Task<Dictionary<string, Leerbedrijf>> ExistingAsync(bool tracked, CancellationToken ct)
    {
        var query = db.Leerbedrijven.Include(b => b.Erkenningen).AsQueryable();
        if (!tracked)
        {
            query = query.AsNoTracking();
        }

        var companies = await query.ToListAsync(ct);
        return companies.ToDictionary(b => b.KvkNumber, StringComparer.Ordinal);
    }
}
