using Leerwerk.Data;
using Leerwerk.Data.Import;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Leerwerk.Web.StageUren;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// Imports hours from a LAS or company timesheet (docs/import-stage-uren.md): first a preview, then
/// all rows in one transaction or none. The preview keeps the file on the server (<see cref="ImportVoorbeeld"/>) and
/// the page carries only its id; the commit checks the file again, so hours that changed in between are judged anew.
/// </summary>
[Authorize(Policy = Policies.HoursEntry)]
[RequestFormLimits(MultipartBodyLengthLimit = 3 * MaxBytes)]
[RequestSizeLimit(3 * MaxBytes)]
public sealed class ImportModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock) : PageModel
{
    public const int MaxBytes = 1024 * 1024;

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    /// <summary>The id of the previewed file (<see cref="ImportVoorbeeld"/>), posted back on commit.</summary>
    [BindProperty]
    public string? VoorbeeldId { get; set; }

    public IReadOnlyList<ImportFout> Errors { get; private set; } = [];

    public ImportFouten RegelFouten => ImportFouten.Tabel("regelfouten", Errors);

    public IReadOnlyList<PreviewRow>? Preview { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostVoorbeeldAsync(CancellationToken ct)
    {
        // The kept file belongs to a school; a user of none has no hours to import.
        if (scope.SchoolIds.Count == 0)
        {
            return Forbid();
        }

        var upload = await ImportUpload.ReadAsync(Bestand, MaxBytes, "Kies een CSV-bestand met uren.", ct);
        if (!upload.IsRead)
        {
            ModelState.AddModelError(nameof(Bestand), upload.Error!);
            return Page();
        }

        var (_, preview, errors) = await CheckAsync(upload.Bytes, ct);
        Errors = errors;
        if (errors.Count == 0)
        {
            Preview = preview;
            VoorbeeldId = await ImportVoorbeeld.BewaarAsync(db, ImportSoort.StageUren, scope.SchoolIds[0], User.Identity!.Name!, Bestand!.FileName, upload.Bytes, clock.GetUtcNow().UtcDateTime, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostOpslaanAsync(CancellationToken ct)
    {
        var (bestand, fout) = await ImportVoorbeeld.LaadAsync(db, VoorbeeldId, ImportSoort.StageUren, User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct);
        if (bestand is null)
        {
            ModelState.AddModelError(nameof(Bestand), fout!);
            return Page();
        }

        var (changes, _, errors) = await CheckAsync(bestand.Inhoud, ct);
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        var (doorgevoerd, result) = await ImportVoorbeeld.DoorvoerenAsync(db, bestand,
            () => AllesOfNiets.SaveAsync(db, () => UrenOpslag.SaveAsync(db, changes, User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct), ct));
        if (!doorgevoerd)
        {
            ModelState.AddModelError(nameof(Bestand), ImportVoorbeeld.VerlopenMessage);
            return Page();
        }

        TempData["Status"] = $"Import opgeslagen: {result!.Entered} {(result.Entered == 1 ? "dag" : "dagen")} ingevoerd, {result.Corrected} gecorrigeerd, {changes.Count - result.Total} ongewijzigd.";
        return RedirectToPage();
    }

    /// <summary>Reads the file, finds each row's student and running agreement, and says per row what saving would do.</summary>
    private async Task<(List<UrenWijziging> Changes, List<PreviewRow> Preview, List<ImportFout> Errors)> CheckAsync(byte[] bytes, CancellationToken ct)
    {
        var (rows, parseErrors) = UrenCsv.Parse(TextBytes.Decode(bytes));
        var errors = parseErrors.ToList();
        var numbers = rows.Select(r => r.Leerlingnummer).Distinct().ToList();
        var students = (await db.Leerlingen.AsNoTracking().Where(l => numbers.Contains(l.Leerlingnummer))
                .Select(l => new { l.Id, l.Leerlingnummer, l.FirstName, l.Tussenvoegsel, l.LastName }).ToListAsync(ct))
            .GroupBy(l => l.Leerlingnummer).ToDictionary(g => g.Key, g => g.First());
        var studentIds = students.Values.Select(s => s.Id).ToList();
        var agreements = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Where(o => studentIds.Contains(o.LeerlingId) && (o.Status == LeerwerkovereenkomstStatus.Actief || o.Status == LeerwerkovereenkomstStatus.Beeindigd))
            .ToListAsync(ct);
        var agreementIds = agreements.Select(a => a.Id).ToList();
        var current = (await db.StageUren.AsNoTracking()
                .Where(r => agreementIds.Contains(r.LeerwerkovereenkomstId) && r.Status != UrenStatus.Gecorrigeerd).ToListAsync(ct))
            .GroupBy(r => (r.LeerwerkovereenkomstId, r.Date)).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.EnteredAt).ThenByDescending(r => r.Id).First());

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var changes = new List<UrenWijziging>();
        var preview = new List<PreviewRow>();
        foreach (var row in rows)
        {
            if (UrenInvoer.CheckNotAfterToday(row.Date, today) is { } futureError)
            {
                errors.Add(new ImportFout(row.Row, UrenCsv.Datum, futureError, ImportFoutCode.DatumNaVandaag));
                continue;
            }

            if (!students.TryGetValue(row.Leerlingnummer, out var student))
            {
                errors.Add(new ImportFout(row.Row, UrenCsv.Leerlingnummer, $"leerling {row.Leerlingnummer} bestaat niet bij deze school.", ImportFoutCode.LeerlingOnbekend));
                continue;
            }

            var agreement = agreements.Where(a => a.LeerlingId == student.Id && a.StartDate <= row.Date && a.EndDate >= row.Date)
                .OrderByDescending(a => a.StartDate).FirstOrDefault();
            if (agreement is null)
            {
                errors.Add(new ImportFout(row.Row, UrenCsv.Datum, $"leerling {row.Leerlingnummer} heeft op {Nl.Date(row.Date)} geen lopende leer-werkovereenkomst.", ImportFoutCode.OvereenkomstOntbreekt));
                continue;
            }

            var existing = current.GetValueOrDefault((agreement.Id, row.Date));
            var effect = existing is null
                ? (row.Hours > 0 ? "nieuw" : "niets (0 uur)")
                : existing.Hours == row.Hours && existing.Status != UrenStatus.Afgekeurd ? "ongewijzigd" : $"correctie (was {Nl.Number(existing.Hours)})";
            var name = string.Join(' ', new[] { student.FirstName, student.Tussenvoegsel, student.LastName }.Where(p => !string.IsNullOrEmpty(p)));
            preview.Add(new PreviewRow(row.Row, row.Leerlingnummer, name, row.Date, row.Hours, row.Note, effect));
            changes.Add(new UrenWijziging(agreement.SchoolId, student.Id, agreement.Id, row.Date, row.Hours, row.Note));
        }

        return (changes, preview, errors.OrderBy(e => e.Row).ToList());
    }

    public sealed record PreviewRow(int Row, string Leerlingnummer, string Name, DateOnly Date, decimal Hours, string? Note, string Effect);
}
