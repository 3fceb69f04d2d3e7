using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen.Import;

/// <summary>
/// Imports students from a LAS export (CSV or XLSX, docs/import-leerlingen.md) in two steps: "Voorbeeld"
/// reads the file and shows what is new and what changes per field; "Doorvoeren" stores it all or nothing.
/// Between the steps the read table travels in a hidden field (nothing is kept in server memory) and is
/// read and checked again on commit, so a changed field cannot bypass the checks.
/// </summary>
[Authorize(Policy = Policies.Editors)]
[RequestFormLimits(ValueLengthLimit = MaxBytes * 2, MultipartBodyLengthLimit = MaxBytes * 3)]
public sealed class IndexModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock) : PageModel
{
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    /// <summary>The school to import into; asked only when the user works for more than one.</summary>
    [BindProperty]
    public int? SchoolId { get; set; }

    /// <summary>The table read in the preview, as JSON, posted back by "Doorvoeren".</summary>
    [BindProperty]
    public string? Tabel { get; set; }

    public IReadOnlyList<School> Schools { get; private set; } = [];

    public IReadOnlyList<ImportFout> Fouten { get; private set; } = [];

    public ImportFouten RegelFouten => ImportFouten.Tabel("regelfouten", Fouten);

    /// <summary>Set after a valid preview.</summary>
    public LasImportPlan? Plan { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Schools = await LoadSchoolsAsync(ct);

    public async Task<IActionResult> OnPostVoorbeeldAsync(CancellationToken ct)
    {
        Schools = await LoadSchoolsAsync(ct);
        var schoolId = KiesSchool();
        var tabel = await LeesBestandAsync(ct);
        if (tabel is null || schoolId is null)
        {
            return Page();
        }

        await BekijkAsync(tabel, schoolId.Value, ct);
        Tabel = ImportVoorbeeld.PackJson(tabel);
        return Page();
    }

    public async Task<IActionResult> OnPostDoorvoerenAsync(CancellationToken ct)
    {
        Schools = await LoadSchoolsAsync(ct);
        var schoolId = KiesSchool();
        var tabel = LeesTabel();
        if (tabel is null || schoolId is null)
        {
            return Page();
        }

        var bestaand = await BekijkAsync(tabel, schoolId.Value, ct);
        if (Plan is null)
        {
            return Page();
        }

        await AllesOfNiets.SaveAsync(db, () => db.Leerlingen.AddRange(Plan.VoerUit(schoolId.Value)), ct);
        TempData["Status"] = $"Import doorgevoerd: {Plan.Nieuw} nieuw, {Plan.Gewijzigd} gewijzigd, {Plan.Ongewijzigd} ongewijzigd (van {bestaand} leerlingen in de school).";
        return RedirectToPage("/Leerlingen/Index");
    }

    /// <summary>Reads and checks the table and makes the plan against the school's students; returns how many the school had.</summary>
    private async Task<int> BekijkAsync(LasTabel tabel, int schoolId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var lezing = LasImport.Lees(tabel, today);
        if (!lezing.IsGeldig)
        {
            Fouten = lezing.Fouten;
            ModelState.AddModelError(nameof(Bestand), $"Het bestand heeft {Fouten.Count} {(Fouten.Count == 1 ? "fout" : "fouten")}; er is niets ingelezen. Zie de lijst hieronder.");
            return 0;
        }

        // Tracked: the plan changes these records and one SaveChanges stores all or nothing.
        var bestaand = await db.Leerlingen.Include(l => l.Vertegenwoordigers)
            .Where(l => l.SchoolId == schoolId)
            .ToListAsync(ct);
        Plan = LasImportPlan.Maak(lezing.Leerlingen, bestaand);
        return bestaand.Count;
    }

    private async Task<LasTabel?> LeesBestandAsync(CancellationToken ct)
    {
        var upload = await ImportUpload.ReadAsync(Bestand, MaxBytes, "Kies een bestand (.csv of .xlsx).", ct);
        if (!upload.IsRead)
        {
            ModelState.AddModelError(nameof(Bestand), upload.Error!);
            return null;
        }

        var bytes = upload.Bytes;
        var isXlsx = Path.GetExtension(Bestand!.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            || bytes.AsSpan().StartsWith("PK"u8);
        var (tabel, fout) = isXlsx ? LasXlsx.Lees(bytes, Path.GetFileName(Bestand.FileName)) : (LasCsv.Lees(bytes), (string?)null);
        if (tabel is null)
        {
            ModelState.AddModelError(nameof(Bestand), fout ?? XlsxPakket.OnleesbaarMessage(Path.GetFileName(Bestand.FileName)));
            return null;
        }

        if (tabel.Kolommen.Count == 0)
        {
            ModelState.AddModelError(nameof(Bestand), "Het bestand bevat geen kopregel en geen leerlingen.");
            return null;
        }

        return tabel;
    }

    private LasTabel? LeesTabel()
    {
        if (ImportVoorbeeld.UnpackJson<LasTabel>(Tabel) is { Kolommen: not null, Rijen: not null } tabel
            && tabel.Kolommen.All(k => k is not null)
            && tabel.Rijen.All(r => r?.Waarden is not null && r.Waarden.All(w => w is not null)))
        {
            return tabel;
        }

        ModelState.AddModelError(nameof(Bestand), ImportVoorbeeld.KwijtMessage);
        return null;
    }

    private int? KiesSchool()
    {
        var schoolId = Schools.Count == 1 ? Schools[0].Id : Schools.FirstOrDefault(s => s.Id == SchoolId)?.Id;
        if (schoolId is null)
        {
            ModelState.AddModelError(nameof(SchoolId), "Kies de school waarin u de leerlingen inleest.");
        }

        return schoolId;
    }

    private async Task<IReadOnlyList<School>> LoadSchoolsAsync(CancellationToken ct)
    {
        var ids = scope.SchoolIds;
        return await db.Scholen.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
    }
}
