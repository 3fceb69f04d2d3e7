using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Kalender;

/// <summary>
/// The school calendar per school year: first and last school day, exam period, holidays and free days (entered
/// or imported as CSV, all or nothing), the computed public holidays, lesson days per class, and the school's
/// stage-hour policy (E3). School staff read it; editors change it.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public const long MaxUploadBytes = 64 * 1024;

    public School School { get; private set; } = null!;

    public int Jaar { get; private set; }

    public Schoolkalender? Kalender { get; private set; }

    public IReadOnlyList<int> Jaren { get; private set; } = [];

    public IReadOnlyList<Feestdag> Feestdagen { get; private set; } = [];

    public StageurenBeleid Beleid { get; private set; } = StageurenBeleid.Standaard;

    public bool CanEdit { get; private set; }

    public IReadOnlyList<string> ImportErrors { get; private set; } = [];

    [BindProperty]
    public InstellingenInput Instellingen { get; set; } = new();

    [BindProperty]
    public VrijInput Vrij { get; set; } = new();

    [BindProperty]
    public LesdagenInput Lesdagen { get; set; } = new();

    [BindProperty]
    public BeleidInput BeleidForm { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? jaar, CancellationToken ct) => await LoadAsync(jaar, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInstellingenAsync(int jaar, CancellationToken ct)
    {
        ModelState.ClearValidationState(nameof(Vrij));
        if (await DenyAsync() is { } deny)
        {
            return deny;
        }

        if (!await LoadAsync(jaar, ct))
        {
            return NotFound();
        }

        if (Instellingen.EersteSchooldag is { } eerste && Instellingen.LaatsteSchooldag is { } laatste && laatste <= eerste)
        {
            ModelState.AddModelError("Instellingen.LaatsteSchooldag", "De laatste schooldag moet na de eerste schooldag liggen.");
        }

        if (!ValidIn(nameof(Instellingen)))
        {
            return Page();
        }

        var kalender = await EnsureKalenderAsync(ct);
        kalender.EersteSchooldag = Instellingen.EersteSchooldag!.Value;
        kalender.LaatsteSchooldag = Instellingen.LaatsteSchooldag!.Value;
        kalender.EersteTijdvak = Instellingen.EersteTijdvak!.Value;
        kalender.CspeVanaf = Instellingen.CspeVanaf!.Value;
        kalender.BevrijdingsdagVrij = Instellingen.BevrijdingsdagVrij;
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    public async Task<IActionResult> OnPostVrijAsync(int jaar, CancellationToken ct)
    {
        if (await DenyAsync() is { } deny)
        {
            return deny;
        }

        if (!await LoadAsync(jaar, ct))
        {
            return NotFound();
        }

        if (Vrij.Van is { } van)
        {
            var tot = Vrij.Tot ?? van;
            if (tot < van)
            {
                ModelState.AddModelError("Vrij.Tot", "'Tot en met' ligt vóór 'van'.");
            }
            else if (Schoolkalender.SchooljaarVan(van) != jaar || Schoolkalender.SchooljaarVan(tot) != jaar)
            {
                ModelState.AddModelError("Vrij.Van", $"De periode valt niet in schooljaar {Schoolkalender.Label(jaar)}.");
            }
        }

        if (!ValidIn(nameof(Vrij)))
        {
            return Page();
        }

        var kalender = await EnsureKalenderAsync(ct);
        kalender.VrijePeriodes.Add(new VrijePeriode { SchoolId = School.Id, Van = Vrij.Van!.Value, Tot = Vrij.Tot ?? Vrij.Van!.Value, Omschrijving = Vrij.Omschrijving!.Trim() });
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(int jaar, int periodeId, CancellationToken ct)
    {
        if (await DenyAsync() is { } deny)
        {
            return deny;
        }

        var periode = await db.VrijePeriodes.SingleOrDefaultAsync(v => v.Id == periodeId, ct);
        if (periode is null)
        {
            return NotFound();
        }

        db.VrijePeriodes.Remove(periode);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    public async Task<IActionResult> OnPostImportAsync(int jaar, IFormFile? bestand, CancellationToken ct)
    {
        if (await DenyAsync() is { } deny)
        {
            return deny;
        }

        if (!await LoadAsync(jaar, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (bestand is null || bestand.Length == 0)
        {
            ImportErrors = ["Kies een CSV-bestand met vakanties of vrije dagen."];
            return Page();
        }

        if (bestand.Length > MaxUploadBytes)
        {
            ImportErrors = [$"Het bestand is groter dan {MaxUploadBytes / 1024} kB; er is niets opgeslagen."];
            return Page();
        }

        using var reader = new StreamReader(bestand.OpenReadStream());
        var (periodes, errors) = KalenderCsv.Lees(await reader.ReadToEndAsync(ct), jaar);
        if (errors.Count > 0)
        {
            ImportErrors = [.. errors, "Er is niets opgeslagen."];
            return Page();
        }

        var kalender = await EnsureKalenderAsync(ct);
        foreach (var periode in periodes)
        {
            periode.SchoolId = School.Id;
            kalender.VrijePeriodes.Add(periode);
        }

        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    public async Task<IActionResult> OnPostLesdagenAsync(int jaar, CancellationToken ct)
    {
        if (await DenyAsync() is { } deny)
        {
            return deny;
        }

        if (!await LoadAsync(jaar, ct))
        {
            return NotFound();
        }

        if (!ValidIn(nameof(Lesdagen)))
        {
            return Page();
        }

        var kalender = await EnsureKalenderAsync(ct);
        var klas = Lesdagen.Klas!.Trim();
        var row = kalender.Lesdagen.FirstOrDefault(l => string.Equals(l.ClassName, klas, StringComparison.OrdinalIgnoreCase));
        if (row is null)
        {
            row = new KlasLesdagen { SchoolId = School.Id, ClassName = klas };
            kalender.Lesdagen.Add(row);
        }

        (row.Maandag, row.Dinsdag, row.Woensdag, row.Donderdag, row.Vrijdag) = (Lesdagen.Maandag, Lesdagen.Dinsdag, Lesdagen.Woensdag, Lesdagen.Donderdag, Lesdagen.Vrijdag);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    public async Task<IActionResult> OnPostBeleidAsync(int jaar, CancellationToken ct)
    {
        if (await DenyAsync() is { } deny)
        {
            return deny;
        }

        if (!await LoadAsync(jaar, ct))
        {
            return NotFound();
        }

        if (!BeleidForm.Uit && BeleidForm.UrenPerSchooljaar is null or <= 0 or > 1280)
        {
            ModelState.AddModelError("BeleidForm.UrenPerSchooljaar", "Uren per schooljaar: vul een aantal tussen 0 en 1280 in, of zet het beleid uit.");
        }

        if (!ValidIn(nameof(BeleidForm)))
        {
            return Page();
        }

        var beleid = await db.StageurenBeleid.SingleOrDefaultAsync(b => b.SchoolId == School.Id, ct);
        if (beleid is null)
        {
            beleid = new StageurenBeleid { SchoolId = School.Id };
            db.StageurenBeleid.Add(beleid);
        }

        beleid.UrenPerSchooljaar = BeleidForm.Uit ? null : BeleidForm.UrenPerSchooljaar;
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    /// <summary>Only the form that was posted is validated; the other forms on the page were not sent.</summary>
    private bool ValidIn(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        return ModelState.IsValid;
    }

    private async Task<IActionResult?> DenyAsync() =>
        (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded ? null : Forbid();

    private async Task<Schoolkalender> EnsureKalenderAsync(CancellationToken ct)
    {
        var kalender = await db.Schoolkalenders.Include(k => k.VrijePeriodes).Include(k => k.Lesdagen)
            .SingleOrDefaultAsync(k => k.SchoolId == School.Id && k.Schooljaar == Jaar, ct);
        if (kalender is null)
        {
            kalender = Schoolkalender.Standaard(Jaar, School.Id);
            db.Schoolkalenders.Add(kalender);
        }

        return kalender;
    }

    private async Task<bool> LoadAsync(int? jaar, CancellationToken ct)
    {
        var school = await db.Scholen.AsNoTracking().Where(s => scope.SchoolIds.Contains(s.Id)).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (school is null)
        {
            return false;
        }

        School = school;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Jaar = jaar ?? Schoolkalender.SchooljaarVan(today);
        if (Jaar is < 2000 or > 2100)
        {
            return false;
        }

        Kalender = await db.Schoolkalenders.AsNoTracking().Include(k => k.VrijePeriodes).Include(k => k.Lesdagen).AsSplitQuery()
            .SingleOrDefaultAsync(k => k.SchoolId == school.Id && k.Schooljaar == Jaar, ct);
        var years = await db.Schoolkalenders.AsNoTracking().Where(k => k.SchoolId == school.Id).Select(k => k.Schooljaar).ToListAsync(ct);
        Jaren = [.. years.Append(Schoolkalender.SchooljaarVan(today)).Append(Schoolkalender.SchooljaarVan(today) + 1).Distinct().Order()];
        Feestdagen = [.. Domain.Kalender.Feestdagen.In(Jaar, Kalender?.BevrijdingsdagVrij ?? true).Concat(Domain.Kalender.Feestdagen.In(Jaar + 1, Kalender?.BevrijdingsdagVrij ?? true))
            .Where(f => Schoolkalender.SchooljaarVan(f.Date) == Jaar && f.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))];
        Beleid = await db.StageurenBeleid.AsNoTracking().SingleOrDefaultAsync(b => b.SchoolId == school.Id, ct) ?? StageurenBeleid.Standaard;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        if (Request.Method == HttpMethods.Get)
        {
            var standaard = Kalender ?? Schoolkalender.Standaard(Jaar);
            Instellingen = new InstellingenInput
            {
                EersteSchooldag = standaard.EersteSchooldag,
                LaatsteSchooldag = standaard.LaatsteSchooldag,
                EersteTijdvak = standaard.EersteTijdvak,
                CspeVanaf = standaard.CspeVanaf,
                BevrijdingsdagVrij = standaard.BevrijdingsdagVrij,
            };
            BeleidForm = new BeleidInput { Uit = Beleid.UrenPerSchooljaar is null, UrenPerSchooljaar = Beleid.UrenPerSchooljaar };
        }

        return true;
    }
}
