using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Pages.Leerlingen.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// The two steps every LAS import page shares (students, grades): "Voorbeeld" reads the uploaded CSV or XLSX into a
/// <see cref="LasTabel"/> and lets the page make its plan; "Doorvoeren" reads the table back from the hidden field,
/// makes the plan again (a changed field cannot bypass a check) and lets the page store it. The page says what it
/// imports (<see cref="Wat"/>), how it judges a table (<see cref="BekijkAsync"/>) and how it stores the plan
/// (<see cref="VoerDoorAsync"/>).
/// </summary>
public abstract class LasImportModel(LeerwerkDbContext db, ISchoolScope scope, IOptions<UploadInstellingen> uploads) : PageModel
{
    /// <summary>The rows a preview shows (<see cref="ImportVoorbeeld.ToonRegels"/>).</summary>
    public const int VoorbeeldRegels = ImportVoorbeeld.ToonRegels;

    /// <summary>The largest file; the form limits of the derived pages are multiples of it.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    /// <summary>The school to import into; asked only when the user works for more than one.</summary>
    [BindProperty]
    public int? SchoolId { get; set; }

    /// <summary>The table read in the preview, as JSON, posted back by "Doorvoeren".</summary>
    /// <remarks>Bounded by the form limits of the upload (<see cref="UploadGrenzen"/>), not by a column: every cell is
    /// checked again, lengths and control characters included, when the table is read back.</remarks>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(int.MaxValue)]
    public string? Tabel { get; set; }

    public IReadOnlyList<School> Schools { get; private set; } = [];

    public IReadOnlyList<ImportFout> Fouten { get; private set; } = [];

    public ImportFouten RegelFouten => ImportFouten.Tabel("regelfouten", Fouten);

    /// <summary>What the page imports, plural, in the messages: "leerlingen", "cijfers".</summary>
    protected abstract string Wat { get; }

    protected LeerwerkDbContext Db => db;

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

        return await BekijkAsync(tabel, schoolId.Value, ct) ? await VoerDoorAsync(schoolId.Value, ct) : Page();
    }

    /// <summary>Checks the table against the school and makes the plan; false when there is none (errors are shown).</summary>
    protected abstract Task<bool> BekijkAsync(LasTabel tabel, int schoolId, CancellationToken ct);

    /// <summary>Stores the plan that <see cref="BekijkAsync"/> made, all or nothing, and says where to go.</summary>
    protected abstract Task<IActionResult> VoerDoorAsync(int schoolId, CancellationToken ct);

    /// <summary>Shows the rule errors of a table that cannot be imported.</summary>
    protected void ToonFouten(IReadOnlyList<ImportFout> fouten)
    {
        Fouten = fouten;
        ModelState.AddModelError(nameof(Bestand), $"Het bestand heeft {fouten.Count} {(fouten.Count == 1 ? "fout" : "fouten")}; er is niets ingelezen. Zie de lijst hieronder.");
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
        var naam = Path.GetFileName(Bestand!.FileName);
        var isXlsx = Path.GetExtension(naam).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || bytes.AsSpan().StartsWith("PK"u8);
        var (tabel, fout) = isXlsx ? LasXlsx.Lees(bytes, naam, uploads.Value.Xlsx) : (LasCsv.Lees(bytes), (string?)null);
        if (tabel is null)
        {
            ModelState.AddModelError(nameof(Bestand), fout ?? XlsxPakket.OnleesbaarMessage(naam));
            return null;
        }

        if (tabel.Kolommen.Count == 0)
        {
            ModelState.AddModelError(nameof(Bestand), $"Het bestand bevat geen kopregel en geen {Wat}.");
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
            ModelState.AddModelError(nameof(SchoolId), $"Kies de school waarin u de {Wat} inleest.");
        }

        return schoolId;
    }

    private async Task<IReadOnlyList<School>> LoadSchoolsAsync(CancellationToken ct)
    {
        var ids = scope.SchoolIds;
        return await db.Scholen.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
    }
}
