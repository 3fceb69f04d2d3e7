using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Leerwerk.Web.Pages.Leerlingen.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Examen.Cijfers;

/// <summary>
/// Imports the LAS grade export (CSV or XLSX, docs/import-cijfers.md) in two steps, as the student import does:
/// "Voorbeeld" reads the file and shows every grade that changes; "Doorvoeren" stores it all or nothing. The table
/// travels between the steps in a hidden field and is read and checked again on commit. The vakcodes are mapped once
/// under <see cref="VakcodesModel"/>.
/// </summary>
[Authorize(Policy = Policies.Exam)]
[RequestFormLimits(ValueLengthLimit = MaxBytes * 2, MultipartBodyLengthLimit = MaxBytes * 3)]
public sealed class ImporterenModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock) : PageModel
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
    public CijferImportPlan? Plan { get; private set; }

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

        await BekijkAsync(tabel, schoolId.Value, ct);
        if (Plan is null)
        {
            return Page();
        }

        var plan = Plan;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await AllesOfNiets.SaveAsync(db, () => plan.VoerUit(today, User.Identity?.Name ?? "onbekend"), ct);
        TempData["Status"] = $"Cijfers ingelezen: {Nl.Amount(plan.Wijzigingen.Count)} {(plan.Wijzigingen.Count == 1 ? "cijfer" : "cijfers")} gewijzigd uit {Nl.Amount(plan.Regels)} {(plan.Regels == 1 ? "regel" : "regels")}.";
        return RedirectToPage("/Examen/Uitslagdag");
    }

    /// <summary>Reads and checks the table against the school's students and vakcodes and makes the plan.</summary>
    private async Task BekijkAsync(LasTabel tabel, int schoolId, CancellationToken ct)
    {
        var codes = await db.VakCodes.AsNoTracking().Where(v => v.SchoolId == schoolId).ToListAsync(ct);
        var nummers = await db.Leerlingen.Where(l => l.SchoolId == schoolId).Select(l => l.Leerlingnummer).ToListAsync(ct);
        var lezing = CijferImport.Lees(tabel, nummers.ToHashSet(StringComparer.Ordinal),
            codes.ToDictionary(c => VakCode.Normaliseer(c.Code), StringComparer.Ordinal));
        if (!lezing.IsGeldig)
        {
            Fouten = lezing.Fouten;
            ModelState.AddModelError(nameof(Bestand), $"Het bestand heeft {Fouten.Count} {(Fouten.Count == 1 ? "fout" : "fouten")}; er is niets ingelezen. Zie de lijst hieronder.");
            return;
        }

        // Leerlingnummers match exactly, as the database compares them. Tracked: the plan changes these records and one SaveChanges stores all or nothing.
        var inBestand = lezing.Regels.Select(r => r.Leerlingnummer).Distinct(StringComparer.Ordinal).ToList();
        var leerlingen = await db.Leerlingen.Include(l => l.Vakken)
            .Where(l => l.SchoolId == schoolId && inBestand.Contains(l.Leerlingnummer))
            .ToListAsync(ct);
        var perNummer = leerlingen.ToDictionary(l => l.Leerlingnummer, StringComparer.Ordinal);
        Plan = CijferImportPlan.Maak(lezing.Regels, perNummer);
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
        var (tabel, fout) = isXlsx ? LasXlsx.Lees(bytes, naam) : (LasCsv.Lees(bytes), (string?)null);
        if (tabel is null)
        {
            ModelState.AddModelError(nameof(Bestand), fout ?? XlsxPakket.OnleesbaarMessage(naam));
            return null;
        }

        if (tabel.Kolommen.Count == 0)
        {
            ModelState.AddModelError(nameof(Bestand), "Het bestand bevat geen kopregel en geen cijfers.");
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
            ModelState.AddModelError(nameof(SchoolId), "Kies de school waarin u de cijfers inleest.");
        }

        return schoolId;
    }

    private async Task<IReadOnlyList<School>> LoadSchoolsAsync(CancellationToken ct)
    {
        var ids = scope.SchoolIds;
        return await db.Scholen.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
    }
}
