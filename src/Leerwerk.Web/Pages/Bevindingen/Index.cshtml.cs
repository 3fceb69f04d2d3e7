using Leerwerk.Data;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Bevindingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Bevindingen;

/// <summary>
/// The school's worklist: every open MOET and ADVIES finding of <see cref="SchoolBevindingen"/>, by rule (with counts per
/// rule, MOET first) or by subject, filtered, paged, and as CSV or XLSX with the same filters.
/// </summary>
/// <remarks>
/// A coordinator or beheerder marks an ADVIES finding "gezien" with an explanation (<see cref="GezienMarkering"/>); it
/// then leaves the default view and shows, with who, when and why, in the view <c>toon=alles</c>, where it can be undone.
/// </remarks>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, VersionedResults results, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "soort")]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true, Name = "regel")]
    public string? Regel { get; set; }

    [BindProperty(SupportsGet = true, Name = "leerjaar")]
    public int? Leerjaar { get; set; }

    [BindProperty(SupportsGet = true, Name = "klas")]
    public string? Klas { get; set; }

    [BindProperty(SupportsGet = true, Name = "mentor")]
    public string? Mentor { get; set; }

    [BindProperty(SupportsGet = true, Name = "profiel")]
    public string? Profiel { get; set; }

    [BindProperty(SupportsGet = true, Name = "leerbedrijf")]
    public int? Leerbedrijf { get; set; }

    [BindProperty(SupportsGet = true, Name = "route")]
    public Leerroute? Route { get; set; }

    /// <summary>"regel" (default) or "onderwerp".</summary>
    [BindProperty(SupportsGet = true, Name = "weergave")]
    public string? Weergave { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    /// <summary>"alles": also the warnings marked "gezien"; otherwise (the default) only what still asks for work.</summary>
    [BindProperty(SupportsGet = true, Name = "toon")]
    public string? Toon { get; set; }

    public bool PerOnderwerp => string.Equals(Weergave, "onderwerp", StringComparison.OrdinalIgnoreCase);

    public bool ToontAlles => string.Equals(Toon, "alles", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the user may mark warnings "gezien" and undo that: coordinator and beheerder.</summary>
    public bool MagMarkeren { get; private set; }

    /// <summary>The finding a refused mark was about ("E3|Leerling|12"), so the page opens its form with the message.</summary>
    public string? FoutBij { get; private set; }

    /// <summary>Every open finding the user may see, those marked "gezien" included, before the filters (the filter choices come from it).</summary>
    public IReadOnlyList<Bevinding> Alle { get; private set; } = [];

    /// <summary>The findings the filters let through, in the order of the view.</summary>
    public IReadOnlyList<Bevinding> Gefilterd { get; private set; } = [];

    /// <summary>The findings of the current page.</summary>
    public IReadOnlyList<Bevinding> Zichtbaar { get; private set; } = [];

    public int Paginas => Math.Max(1, (Gefilterd.Count + PageSize - 1) / PageSize);

    /// <summary>Counts per catalogue rule of the filtered findings, MOET first, then catalogue order.</summary>
    public IReadOnlyList<RegelTelling> PerRegel { get; private set; } = [];

    /// <summary>Counts per subject of the filtered findings, most MOET first.</summary>
    public IReadOnlyList<OnderwerpTelling> PerOnderwerpTelling { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Leerbedrijven { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>
    /// Marks the ADVIES finding of rule <paramref name="bevindingRegel"/> about the subject "gezien"; a MOET is refused.
    /// The fields are named apart from the filters (<c>regel</c>, <c>soort</c>), which the action's query string keeps.
    /// </summary>
    public async Task<IActionResult> OnPostGezienAsync(string? bevindingRegel, OnderwerpSoort onderwerpSoort, int onderwerpId, string? uitleg, CancellationToken ct)
    {
        if (!await MagMarkerenAsync())
        {
            return Forbid();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var uitkomst = await GezienMarkering.MarkeerAsync(db, User, now, Today(), bevindingRegel ?? string.Empty, onderwerpSoort, onderwerpId, uitleg, ct);
        if (uitkomst.NietGevonden)
        {
            return NotFound();
        }

        if (uitkomst.Fout is { } fout)
        {
            ModelState.AddModelError(string.Empty, fout);
            FoutBij = $"{bevindingRegel}|{onderwerpSoort}|{onderwerpId}";
            await LoadAsync(ct);
            return Page();
        }

        TempData["Status"] = $"{bevindingRegel} is als gezien gemarkeerd. U vindt de waarschuwing terug onder ‘Alles, ook gezien’.";
        return RedirectToPage("Index", RouteValues());
    }

    /// <summary>Undoes the mark "gezien" with id <paramref name="gezienId"/>: the warning is open again.</summary>
    public async Task<IActionResult> OnPostOngedaanAsync(int gezienId, CancellationToken ct)
    {
        if (!await MagMarkerenAsync())
        {
            return Forbid();
        }

        if (await GezienMarkering.MaakOngedaanAsync(db, gezienId, ct) is not { } mark)
        {
            return NotFound();
        }

        TempData["Status"] = $"De markering ‘gezien’ van {mark.RuleId} is ongedaan gemaakt; de waarschuwing staat weer open.";
        return RedirectToPage("Index", RouteValues());
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var today = await LoadAsync(ct);
        return File(BevindingenExport.Csv(Gefilterd), "text/csv; charset=utf-8", BevindingenExport.FileName(today, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var today = await LoadAsync(ct);
        return File(BevindingenExport.Xlsx(Gefilterd), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", BevindingenExport.FileName(today, "xlsx"));
    }

    /// <summary>The query string of the current filters with one value changed, for the view links and paging.</summary>
    public Dictionary<string, string> RouteValues(string? key = null, string? value = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["soort"] = Soort,
            ["regel"] = Regel,
            ["leerjaar"] = Leerjaar?.ToString(Domain.Nl.Culture),
            ["klas"] = Klas,
            ["mentor"] = Mentor,
            ["profiel"] = Profiel,
            ["leerbedrijf"] = Leerbedrijf?.ToString(Domain.Nl.Culture),
            ["route"] = Route?.ToString(),
            ["weergave"] = Weergave,
            ["toon"] = Toon,
        };
        if (key is not null)
        {
            values[key] = value;
        }

        return values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private async Task<bool> MagMarkerenAsync() => (await authorization.AuthorizeAsync(User, Policies.Coordination)).Succeeded;

    private async Task<DateOnly> LoadAsync(CancellationToken ct)
    {
        var today = Today();
        MagMarkeren = await MagMarkerenAsync();
        // The filter choices come from every finding, seen ones too, so a filter stays selectable when its last open
        // finding has just been marked; the view then shows the seen ones only under "alles".
        Alle = await SchoolBevindingen.EvaluateAsync(db, results, User, today, metGezien: true, ct);
        var filter = new BevindingenFilter
        {
            Soort = Soort,
            Regel = Regel,
            Leerjaar = Leerjaar,
            Klas = Klas,
            Mentor = Mentor,
            Profiel = Profiel,
            Leerbedrijf = Leerbedrijf,
            Route = Route,
        };
        var filtered = filter.Apply(Alle.Where(b => ToontAlles || b.Gezien is null));
        Gefilterd = PerOnderwerp
            ? filtered.ToList()
            : filtered.OrderBy(b => b.Finding.Kind == RuleKind.Moet ? 0 : 1).ThenBy(b => RuleCatalog.Position(b.Finding.RuleId))
                .ThenBy(b => b.Finding.RuleId, StringComparer.Ordinal).ToList();
        Pagina = Math.Clamp(Pagina, 1, Paginas);
        Zichtbaar = Gefilterd.Skip((Pagina - 1) * PageSize).Take(PageSize).ToList();
        PerRegel = Gefilterd
            .GroupBy(b => RuleCatalog.BaseId(b.Finding.RuleId), StringComparer.Ordinal)
            .Select(g => new RegelTelling(g.Key, g.Count(b => b.Finding.Kind == RuleKind.Moet), g.Count(b => b.Finding.Kind == RuleKind.Advies)))
            .OrderBy(t => t.Moet > 0 ? 0 : 1)
            .ThenBy(t => RuleCatalog.Position(t.RegelId))
            .ToList();
        PerOnderwerpTelling = Gefilterd
            .GroupBy(b => (b.Soort, b.OnderwerpId))
            .Select(g => new OnderwerpTelling(g.First(), g.Count(b => b.Finding.Kind == RuleKind.Moet), g.Count(b => b.Finding.Kind == RuleKind.Advies)))
            .OrderByDescending(t => t.Moet)
            .ToList();
        Leerbedrijven = (await db.Leerbedrijven.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .Select(b => (b.Id, b.Name))
            .ToList();
        return today;
    }

    public sealed record RegelTelling(string RegelId, int Moet, int Advies)
    {
        public int Totaal => Moet + Advies;
    }

    public sealed record OnderwerpTelling(Bevinding Eerste, int Moet, int Advies);
}
