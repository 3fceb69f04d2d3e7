using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Kalender;

/// <summary>
/// The school calendar per school year: first and last school day, exam period, holidays and free days, the
/// computed public holidays and lesson days per class. School staff read it; editors change it here. The CSV
/// import of free days (Importeren) and the stage-hour policy (Beleid) have their own pages; their forms are shown here too.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public KalenderOverzicht Overzicht { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    /// <summary>The national school holidays of the school's regio in this year (empty: not known to Leerwerk yet).</summary>
    public IReadOnlyList<Schoolvakantie> Landelijk { get; private set; } = [];

    /// <summary>The national holidays the saved calendar lacks, e.g. when it was saved before the beheerder entered them.</summary>
    public IReadOnlyList<Schoolvakantie> LandelijkOntbrekend =>
        Overzicht.Kalender is not { } kalender ? [] : [.. Landelijk.Where(v => !kalender.VrijePeriodes.Any(p => p.Van == v.Van && p.Tot == v.Tot))];

    [BindProperty]
    public InstellingenInput Instellingen { get; set; } = new();

    [BindProperty]
    public VrijInput Vrij { get; set; } = new();

    [BindProperty]
    public LesdagenInput Lesdagen { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? jaar, CancellationToken ct)
    {
        if (!await LoadAsync(jaar, ct))
        {
            return NotFound();
        }

        // A school year without a calendar starts from the national school holidays of the school's regio.
        if (Overzicht.Kalender is null && Landelijk.Count > 0)
        {
            await KalenderSchool.EnsureKalenderAsync(db, Overzicht.School, Overzicht.Jaar, ct);
            await db.SaveChangesAsync(ct);
            await LoadAsync(jaar, ct);
        }

        Instellingen = InstellingenInput.Van(Overzicht.Kalender ?? Schoolkalender.Standaard(Overzicht.Jaar));
        return Page();
    }

    public async Task<IActionResult> OnPostInstellingenAsync(int jaar, CancellationToken ct)
    {
        ModelState.ClearValidationState(nameof(Vrij));
        if (await EditAsync(jaar, nameof(Instellingen), Instellingen.Check, ct) is { } refused)
        {
            return refused;
        }

        var kalender = await KalenderSchool.EnsureKalenderAsync(db, Overzicht.School, Overzicht.Jaar, ct);
        Instellingen.Apply(kalender);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    public async Task<IActionResult> OnPostVrijAsync(int jaar, CancellationToken ct)
    {
        if (await EditAsync(jaar, nameof(Vrij), state => Vrij.Check(state, jaar), ct) is { } refused)
        {
            return refused;
        }

        var kalender = await KalenderSchool.EnsureKalenderAsync(db, Overzicht.School, Overzicht.Jaar, ct);
        kalender.VrijePeriodes.Add(new VrijePeriode { SchoolId = Overzicht.School.Id, Van = Vrij.Van!.Value, Tot = Vrij.Tot ?? Vrij.Van!.Value, Omschrijving = Vrij.Omschrijving!.Trim() });
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    /// <summary>Adds the national holidays the saved calendar lacks (the school's own periods stay as they are).</summary>
    public async Task<IActionResult> OnPostLandelijkAsync(int jaar, CancellationToken ct)
    {
        if (await EditAsync(jaar, nameof(Landelijk), _ => { }, ct) is { } refused)
        {
            return refused;
        }

        var kalender = await KalenderSchool.EnsureKalenderAsync(db, Overzicht.School, Overzicht.Jaar, ct);
        Schoolvakanties.VoegToe(kalender, Landelijk);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(int jaar, int periodeId, CancellationToken ct)
    {
        if (!await IsEditorAsync())
        {
            return Forbid();
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

    public async Task<IActionResult> OnPostLesdagenAsync(int jaar, CancellationToken ct)
    {
        if (await EditAsync(jaar, nameof(Lesdagen), _ => { }, ct) is { } refused)
        {
            return refused;
        }

        var kalender = await KalenderSchool.EnsureKalenderAsync(db, Overzicht.School, Overzicht.Jaar, ct);
        Lesdagen.Apply(kalender);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { jaar });
    }

    /// <summary>
    /// Refuses a non-editor, answers 404 for an unknown school or year, and re-shows the page when the posted form
    /// (and only that form: the others on the page were not sent) is invalid; null when the change may go ahead.
    /// </summary>
    private async Task<IActionResult?> EditAsync(int jaar, string form, Action<ModelStateDictionary> check, CancellationToken ct)
    {
        if (!await IsEditorAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync(jaar, ct))
        {
            return NotFound();
        }

        check(ModelState);
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        return ModelState.IsValid ? null : Page();
    }

    private async Task<bool> IsEditorAsync() => (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;

    private async Task<bool> LoadAsync(int? jaar, CancellationToken ct)
    {
        if (await KalenderOverzicht.LoadAsync(db, scope, clock, jaar, ct) is not { } overzicht)
        {
            return false;
        }

        Overzicht = overzicht;
        CanEdit = await IsEditorAsync();
        Landelijk = await db.LoadSchoolvakantiesAsync(overzicht.School.Regio, overzicht.Jaar, ct);
        return true;
    }
}
