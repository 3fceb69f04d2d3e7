using Leerwerk.Data;
using Leerwerk.Data.Import;
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
/// <see cref="LasTabel"/>, lets the page make its plan and keeps the file on the server (<see cref="ImportVoorbeeld"/>);
/// "Doorvoeren" loads the file by the id the page carries, reads it and makes the plan again (the records may have
/// changed in between) and lets the page store it, the kept file deleted in the same save. The page says what it
/// imports (<see cref="Wat"/>), how it judges a table (<see cref="BekijkAsync"/>) and how it stores the plan
/// (<see cref="VoerDoorAsync"/>).
/// </summary>
public abstract class LasImportModel(LeerwerkDbContext db, ISchoolScope scope, IOptions<UploadInstellingen> uploads, TimeProvider clock) : PageModel
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

    /// <summary>The id of the file the preview kept (<see cref="ImportVoorbeeld"/>), posted back by "Doorvoeren".</summary>
    [BindProperty]
    public string? VoorbeeldId { get; set; }

    public IReadOnlyList<School> Schools { get; private set; } = [];

    public IReadOnlyList<ImportFout> Fouten { get; private set; } = [];

    public ImportFouten RegelFouten => ImportFouten.Tabel("regelfouten", Fouten);

    /// <summary>What the page imports, plural, in the messages: "leerlingen", "cijfers".</summary>
    protected abstract string Wat { get; }

    protected LeerwerkDbContext Db => db;

    protected TimeProvider Clock => clock;

    /// <summary>Which import the kept file belongs to; a file kept by one page is not committed by another.</summary>
    protected abstract ImportSoort Soort { get; }

    public async Task OnGetAsync(CancellationToken ct) => Schools = await LoadSchoolsAsync(ct);

    public async Task<IActionResult> OnPostVoorbeeldAsync(CancellationToken ct)
    {
        Schools = await LoadSchoolsAsync(ct);
        var schoolId = KiesSchool();
        var upload = await ImportUpload.ReadAsync(Bestand, MaxBytes, "Kies een bestand (.csv of .xlsx).", ct);
        if (!upload.IsRead)
        {
            ModelState.AddModelError(nameof(Bestand), upload.Error!);
            return Page();
        }

        var naam = Path.GetFileName(Bestand!.FileName);
        var tabel = Lees(upload.Bytes, naam);
        if (tabel is null || schoolId is null)
        {
            return Page();
        }

        if (await BekijkAsync(tabel, schoolId.Value, ct))
        {
            VoorbeeldId = await ImportVoorbeeld.BewaarAsync(db, Soort, schoolId.Value, User.Identity!.Name!, naam, upload.Bytes, clock.GetUtcNow().UtcDateTime, ct);

            // The hidden field shows the posted value before the model's: a value posted with the file must not replace the new id.
            ModelState.Remove(nameof(VoorbeeldId));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDoorvoerenAsync(CancellationToken ct)
    {
        Schools = await LoadSchoolsAsync(ct);
        var schoolId = KiesSchool();
        if (schoolId is null)
        {
            return Page();
        }

        var (bestand, fout) = await ImportVoorbeeld.LaadAsync(db, VoorbeeldId, Soort, User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct);
        if (bestand is null || bestand.SchoolId != schoolId)
        {
            ModelState.AddModelError(nameof(Bestand), fout ?? ImportVoorbeeld.VerlopenMessage);
            return Page();
        }

        var tabel = Lees(bestand.Inhoud, bestand.FileName);
        if (tabel is null || !await BekijkAsync(tabel, schoolId.Value, ct))
        {
            return Page();
        }

        var (doorgevoerd, resultaat) = await ImportVoorbeeld.DoorvoerenAsync(db, bestand, () => VoerDoorAsync(schoolId.Value, ct));
        if (!doorgevoerd)
        {
            ModelState.AddModelError(nameof(Bestand), ImportVoorbeeld.VerlopenMessage);
            return Page();
        }

        return resultaat!;
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

    /// <summary>The file as a table, or null with the reason in the model state; the same reading for preview and commit.</summary>
    private LasTabel? Lees(byte[] bytes, string naam)
    {
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
