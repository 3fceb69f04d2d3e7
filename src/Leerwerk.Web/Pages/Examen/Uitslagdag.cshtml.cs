using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Kalender;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// The cohort screen for uitslagdag: every candidate with the result computed from the stored grades at each request,
/// filters (uitslag, regeling, herkansing possible, klas), export to CSV and XLSX, and the examensecretaris's
/// vaststelling per candidate or for every shown candidate not yet vastgesteld. A decision is never rewritten: when a
/// grade changed after it, the row says "Verouderd" and waits for a new decision on that candidate.
/// </summary>
[Authorize(Policy = Policies.Exam)]
public sealed class UitslagdagModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CohortRij> Rows { get; private set; } = [];

    public IReadOnlyList<string> Classes { get; private set; } = [];

    /// <summary>geslaagd, afgewezen, onvolledig or ongeldig; empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>bb or lwt: the rule that was applied; empty for both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Regeling { get; set; }

    /// <summary>"ja": only candidates who may still take a herkansing.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Herkansing { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Klas { get; set; }

    public int Schooljaar => Schoolkalender.SchooljaarVan(Today);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(null, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(null, ct);
        return File(UitslagdagExport.Csv(Rows), "text/csv; charset=utf-8", UitslagdagExport.FileName(Today, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await LoadAsync(null, ct);
        return File(UitslagdagExport.Xlsx(Rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", UitslagdagExport.FileName(Today, "xlsx"));
    }

    /// <summary>Stelt de uitslag vast of one candidate, also when an earlier decision is outdated.</summary>
    public async Task<IActionResult> OnPostVaststellenAsync(int id, CancellationToken ct)
    {
        var rij = (await Cohort.LoadAsync(db, Today, [id], ct)).SingleOrDefault();
        if (rij is null)
        {
            return NotFound();
        }

        if (!Cohort.KanVaststellen(rij.Uitslag))
        {
            ModelState.AddModelError(string.Empty, $"De uitslag van {rij.Leerling.FullName} is {rij.Uitslag.Status.Label().ToLowerInvariant()}; alleen een uitslag geslaagd of afgewezen kan worden vastgesteld.");
            await LoadAsync(null, ct);
            return Page();
        }

        if (rij.Vastgesteld is not null && !rij.Verouderd)
        {
            TempData["Status"] = $"De uitslag van {rij.Leerling.FullName} was al vastgesteld; er is niets veranderd.";
            return RedirectToPage(Filters());
        }

        db.UitslagVaststellingen.Add(Vaststelling(rij));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Uitslag van {rij.Leerling.FullName} vastgesteld: {rij.Uitslag.Status.Label().ToLowerInvariant()}.";
        return RedirectToPage(Filters());
    }

    /// <summary>
    /// Stelt de uitslag vast of every shown candidate with a complete result and no decision yet. An outdated decision is
    /// left for a decision on that candidate alone, so a changed grade is always looked at.
    /// </summary>
    public async Task<IActionResult> OnPostVaststellenAlleAsync(CancellationToken ct)
    {
        await LoadAsync(null, ct);
        var open = Rows.Where(r => r.Vastgesteld is null && Cohort.KanVaststellen(r.Uitslag)).ToList();
        db.UitslagVaststellingen.AddRange(open.Select(Vaststelling));
        await db.SaveChangesAsync(ct);
        var verouderd = Rows.Count(r => r.Verouderd);
        var onvolledig = Rows.Count(r => r.Vastgesteld is null && !Cohort.KanVaststellen(r.Uitslag));
        TempData["Status"] = $"{Nl.Amount(open.Count)} {(open.Count == 1 ? "uitslag" : "uitslagen")} vastgesteld."
            + (onvolledig > 0 ? $" {Nl.Amount(onvolledig)} niet: de uitslag is niet volledig." : "")
            + (verouderd > 0 ? $" {Nl.Amount(verouderd)} verouderd: stel die per kandidaat opnieuw vast." : "");
        return RedirectToPage(Filters());
    }

    /// <summary>The filters as route values, so a POST returns to the same list.</summary>
    public object Filters() => new { status = Status, regeling = Regeling, herkansing = Herkansing, klas = Klas };

    private UitslagVaststelling Vaststelling(CohortRij rij) => UitslagVaststelling.Van(
        rij.Leerling.SchoolId, rij.Leerling.Id, Schooljaar, rij.Kandidaat, rij.Uitslag, clock.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "onbekend");

    private async Task LoadAsync(IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var all = await Cohort.LoadAsync(db, Today, ids, ct);
        Classes = [.. all.Select(r => r.Leerling.ClassName ?? "").Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        var status = IndexModel.ParseStatus(Status);
        var regeling = Regeling?.Trim().ToLowerInvariant() switch
        {
            "bb" => UitslagRegeling.Bb,
            "lwt" => UitslagRegeling.Lwt,
            _ => (UitslagRegeling?)null,
        };
        var klas = string.IsNullOrWhiteSpace(Klas) ? null : Klas;
        Rows = [.. all.Where(r => (status is null || r.Uitslag.Status == status)
            && (regeling is null || r.Uitslag.ToegepasteRegeling == regeling)
            && (Herkansing != "ja" || r.HerkansingMogelijk)
            && (klas is null || r.Leerling.ClassName == klas))];
    }
}
