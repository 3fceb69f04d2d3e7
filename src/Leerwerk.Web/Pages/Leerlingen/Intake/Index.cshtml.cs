using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using IntakeRecord = Leerwerk.Domain.Leerlingen.Intakes.Intake;

namespace Leerwerk.Web.Pages.Leerlingen.Intake;

/// <summary>
/// The intake of one student for the leer-werktraject (rules B7, B8): the steps the school uses with their dates,
/// the signed kandidaatstellingsbrief (PDF, at most 5 MB, stored in the database) and the toelatingscommissie's
/// decision; plus the school's choice of intake steps. Staff read; beheerder and coördinator record.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * IntakeRecord.MaxBriefBytes)]
[RequestSizeLimit(2 * IntakeRecord.MaxBriefBytes)]
public sealed class IndexModel(LeerwerkDbContext db, IAuthorizationService authorization) : PageModel
{
    public Leerling Leerling { get; private set; } = null!;

    public IntakeRecord? Intake { get; private set; }

    public IntakeInstellingen Instellingen { get; private set; } = new();

    public bool CanEdit { get; private set; }

    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Brief { get; set; }

    /// <summary>The steps the school uses, as posted by the settings form.</summary>
    [BindProperty]
    public List<IntakeStap> Stappen { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = IntakeInput.From(Intake);
        return Page();
    }

    /// <summary>Downloads the stored kandidaatstellingsbrief.</summary>
    public async Task<IActionResult> OnGetBriefAsync(int id, CancellationToken ct)
    {
        if (!LeerlingToegang.MagZien(db, User, id))
        {
            return NotFound();
        }

        var brief = await db.Intakes.AsNoTracking()
            .Where(i => i.LeerlingId == id && i.BriefPdf != null)
            .Select(i => new { i.BriefPdf, i.BriefFileName })
            .SingleOrDefaultAsync(ct);
        return brief is null ? NotFound() : File(brief.BriefPdf!, "application/pdf", brief.BriefFileName ?? "kandidaatstellingsbrief.pdf");
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var (name, label, text) in DateFields())
        {
            if (DutchDate.TryParse(text, out var date))
            {
                dates[name] = date;
            }
            else
            {
                ModelState.AddModelError($"{nameof(Input)}.{name}", $"{label}: '{text}' is geen datum; schrijf de datum als 12-03-2026 of 12 maart 2026.");
            }
        }

        if (Input.Alternatief is not null && Input.Besluit != IntakeBesluit.Afgewezen)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Alternatief)}", "Alternatief: kies een alternatief alleen bij het besluit 'afgewezen'.");
        }

        var pdf = await ReadBriefAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var intake = await db.Intakes.SingleOrDefaultAsync(i => i.LeerlingId == id, ct);
        if (intake is null)
        {
            intake = new IntakeRecord { SchoolId = Leerling.SchoolId, LeerlingId = Leerling.Id };
            db.Intakes.Add(intake);
        }

        // A step the school switched off is not on the form; its recorded values stay as they are.
        if (Instellingen.Uses(IntakeStap.Signalering))
        {
            intake.SignaleringDate = dates[nameof(Input.SignaleringDate)];
            intake.SignaleringDoor = Clean(Input.SignaleringDoor);
        }

        if (Instellingen.Uses(IntakeStap.Aanmelding))
        {
            intake.AanmeldingDate = dates[nameof(Input.AanmeldingDate)];
            intake.BriefOndertekend = Input.BriefOndertekend;
        }

        if (Instellingen.Uses(IntakeStap.Voorlichting))
        {
            intake.VoorlichtingDate = dates[nameof(Input.VoorlichtingDate)];
        }

        if (Instellingen.Uses(IntakeStap.Intakegesprek))
        {
            intake.IntakegesprekDate = dates[nameof(Input.IntakegesprekDate)];
            intake.IntakegesprekNotes = Clean(Input.IntakegesprekNotes);
        }

        if (Instellingen.Uses(IntakeStap.Mentorgesprek))
        {
            intake.MentorgesprekDate = dates[nameof(Input.MentorgesprekDate)];
        }

        intake.BesluitDate = dates[nameof(Input.BesluitDate)];
        intake.Besluit = Input.Besluit;
        intake.Alternatief = Input.Besluit == IntakeBesluit.Afgewezen ? Input.Alternatief : null;
        intake.BesluitReden = Clean(Input.BesluitReden);
        if (pdf is not null)
        {
            intake.BriefPdf = pdf;
            intake.BriefFileName = Path.GetFileName(Brief!.FileName);
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Intake van {Leerling.FullName} opgeslagen.";
        return RedirectToPage(new { id });
    }

    /// <summary>Saves which intake steps the school uses (rule B7); a step not ticked is switched off.</summary>
    public async Task<IActionResult> OnPostInstellingenAsync(int id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var school = await db.Scholen.SingleAsync(s => s.Id == Leerling.SchoolId, ct);
        foreach (var stap in Enum.GetValues<IntakeStap>())
        {
            school.IntakeInstellingen.Set(stap, Stappen.Contains(stap));
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De intakestappen van de school zijn opgeslagen.";
        return RedirectToPage(new { id });
    }

    private IEnumerable<(string Name, string Label, string? Text)> DateFields() =>
    [
        (nameof(Input.SignaleringDate), "Datum signalering", Input.SignaleringDate),
        (nameof(Input.AanmeldingDate), "Datum aanmelding", Input.AanmeldingDate),
        (nameof(Input.VoorlichtingDate), "Datum voorlichting", Input.VoorlichtingDate),
        (nameof(Input.IntakegesprekDate), "Datum intakegesprek", Input.IntakegesprekDate),
        (nameof(Input.MentorgesprekDate), "Datum gesprek met de mentor", Input.MentorgesprekDate),
        (nameof(Input.BesluitDate), "Datum besluit", Input.BesluitDate),
    ];

    /// <summary>The uploaded letter's bytes, or null when none was chosen; adds a Dutch error when it is no PDF or too large.</summary>
    private async Task<byte[]?> ReadBriefAsync(CancellationToken ct)
    {
        if (Brief is null || Brief.Length == 0)
        {
            return null;
        }

        const string key = nameof(Brief);
        if (Brief.Length > IntakeRecord.MaxBriefBytes)
        {
            ModelState.AddModelError(key, $"Kandidaatstellingsbrief: '{Brief.FileName}' is {Nl.Number(Math.Round(Brief.Length / 1048576m, 1, MidpointRounding.AwayFromZero))} MB; dat mag ten hoogste 5 MB zijn. De opgeslagen brief blijft bewaard.");
            return null;
        }

        using var buffer = new MemoryStream();
        await Brief.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!IntakeRecord.IsPdf(bytes))
        {
            ModelState.AddModelError(key, $"Kandidaatstellingsbrief: '{Brief.FileName}' is geen PDF-bestand; kies een PDF. De opgeslagen brief blijft bewaard.");
            return null;
        }

        return bytes;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!LeerlingToegang.MagZien(db, User, id))
        {
            return false;
        }

        var student = await db.Leerlingen.AsNoTracking().Include(l => l.Routes).SingleOrDefaultAsync(l => l.Id == id, ct);
        if (student is null)
        {
            return false;
        }

        Leerling = student;
        Intake = await db.Intakes.AsNoTracking().SingleOrDefaultAsync(i => i.LeerlingId == id, ct);
        Instellingen = await db.Scholen.AsNoTracking().Where(s => s.Id == student.SchoolId).Select(s => s.IntakeInstellingen).SingleAsync(ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        return true;
    }
}
