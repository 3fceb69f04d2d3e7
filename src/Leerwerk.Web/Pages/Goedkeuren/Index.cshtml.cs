using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Leerwerk.Web.StageUren;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Goedkeuren;

/// <summary>
/// The praktijkbegeleider's page behind the approval link, without an account: only this student's
/// unapproved weeks under this agreement, first name and initial only. A GET never changes anything
/// (mail scanners open links); approving a week or correcting a day is a POST with the typed name.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(GoedkeuringslinkRateLimit.Policy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel(GoedkeuringslinkToegang toegang, TimeProvider clock) : PageModel
{
    public const string NameMessage = "Vul uw naam in (minstens 2 tekens): die wordt bij de goedkeuring vastgelegd.";

    public GoedkeuringslinkState State { get; private set; }

    public string LeerlingName { get; private set; } = "";

    public string LeerbedrijfName { get; private set; } = "";

    public IReadOnlyList<WeekView> Weeks { get; private set; } = [];

    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public string? Week { get; set; }

    [BindProperty]
    public DateOnly? Datum { get; set; }

    [BindProperty]
    public string? Uren { get; set; }

    [BindProperty]
    [Kolom(typeof(Leerwerk.Domain.StageUren.StageUrenRegel), nameof(Leerwerk.Domain.StageUren.StageUrenRegel.Note))]
    [System.ComponentModel.DataAnnotations.StringLength(Leerwerk.Domain.Tekstlengte.Standaard)]
    public string? Toelichting { get; set; }

    /// <summary>The week whose form the errors belong to.</summary>
    public string? ErrorWeek { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var target = await toegang.FindAsync(token, ct);
        if (target.State != GoedkeuringslinkState.Geldig)
        {
            return Refused(target.State);
        }

        await using var db = toegang.ScopedContext(target, "goedkeuringslink");
        await LoadAsync(db, target.LeerwerkovereenkomstId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostGoedkeurenAsync(string token, CancellationToken ct)
    {
        var target = await toegang.FindAsync(token, ct);
        if (target.State != GoedkeuringslinkState.Geldig)
        {
            return Refused(target.State);
        }

        var name = CheckName();
        await using var db = toegang.ScopedContext(target, Actor(name));
        var entries = await LoadAsync(db, target.LeerwerkovereenkomstId, ct);
        var week = OpenWeek(Week);
        ErrorWeek = Week;
        if (week is null)
        {
            ModelState.AddModelError(nameof(Week), "Deze week staat niet (meer) open voor goedkeuring. Laad de pagina opnieuw.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // A day after today is not approved, even when it was entered before this check existed.
        var approved = entries.Where(r => StageWeek.Of(r.Date) == week!.Week && !UrenInvoer.IsAfterToday(r.Date, Today))
            .Count(r => UrenBoek.Approve(r, name!, now));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = Nl.Sentence($"{week!.Week.Label()} is goedgekeurd door {name} ({approved} {(approved == 1 ? "dag" : "dagen")}). Dank u wel.");
        return RedirectToPage(null, null, new { token });
    }

    public async Task<IActionResult> OnPostCorrigerenAsync(string token, CancellationToken ct)
    {
        var target = await toegang.FindAsync(token, ct);
        if (target.State != GoedkeuringslinkState.Geldig)
        {
            return Refused(target.State);
        }

        var name = CheckName();
        await using var db = toegang.ScopedContext(target, Actor(name));
        var entries = await LoadAsync(db, target.LeerwerkovereenkomstId, ct);
        var week = Datum is null ? null : Weeks.FirstOrDefault(w => w.Days.Any(d => d.Date == Datum));
        ErrorWeek = week?.Week.ToString() ?? Week;
        if (Datum is { } day && UrenInvoer.CheckNotAfterToday(day, Today) is { } futureError)
        {
            ModelState.AddModelError(nameof(Datum), futureError);
        }
        else if (week is null)
        {
            ModelState.AddModelError(nameof(Datum), "Kies een dag uit een week die nog open staat voor goedkeuring.");
        }

        var error = UrenInvoer.TryParse(Uren, Datum is null ? "Uren" : UrenInvoer.Day(Datum.Value), out var hours);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Uren), error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var entry = entries.FirstOrDefault(r => r.Date == Datum);
        var result = await UrenOpslag.SaveAsync(db,
            [new UrenWijziging(target.SchoolId, Leerwerkovereenkomst!.LeerlingId, target.LeerwerkovereenkomstId, Datum!.Value, hours, Toelichting)],
            $"{name} (praktijkbegeleider)", clock.GetUtcNow().UtcDateTime, ct);
        TempData["Status"] = result.Total == 0
            ? $"Er veranderde niets: op {UrenInvoer.Day(Datum.Value)} stond al {Nl.Number(entry?.Hours ?? 0)} uur."
            : $"{UrenInvoer.Day(Datum.Value)} is gecorrigeerd naar {Nl.Number(hours)} uur door {name}. Keur de week goed als alles klopt.";
        return RedirectToPage(null, null, new { token });
    }

    private Domain.Overeenkomsten.Leerwerkovereenkomst? Leerwerkovereenkomst { get; set; }

    private string? CheckName()
    {
        var name = Naam?.Trim();
        if (name is null || name.Length < 2 || name.Length > 200)
        {
            ModelState.AddModelError(nameof(Naam), NameMessage);
            return null;
        }

        return name;
    }

    private static string Actor(string? name) => $"{name ?? "onbekend"} (praktijkbegeleider via goedkeuringslink)";

    private WeekView? OpenWeek(string? text) => StageWeek.Parse(text) is { } week ? Weeks.FirstOrDefault(w => w.Week == week) : null;

    private PageResult Refused(GoedkeuringslinkState state)
    {
        State = state;
        Response.StatusCode = state == GoedkeuringslinkState.Onbekend ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }

    /// <summary>Today on the app's clock: no day after it is offered, corrected or approved.</summary>
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// Loads the agreement and its current entries (tracked, for the POSTs) and builds the open weeks, with their
    /// days up to today only: a week whose only open entries lie after today is not offered.
    /// </summary>
    private async Task<List<StageUrenRegel>> LoadAsync(LeerwerkDbContext db, int agreementId, CancellationToken ct)
    {
        State = GoedkeuringslinkState.Geldig;
        var today = Today;
        var agreement = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(o => o.Leerling)
            .Include(o => o.Leerbedrijf)
            .SingleAsync(o => o.Id == agreementId, ct);
        Leerwerkovereenkomst = agreement;
        var student = agreement.Leerling!;
        LeerlingName = $"{student.FirstName} {student.LastName[..1].ToUpper(Nl.Culture)}.";
        LeerbedrijfName = agreement.Leerbedrijf!.Name;

        var entries = await db.StageUren
            .Where(r => r.LeerwerkovereenkomstId == agreementId && r.Status != UrenStatus.Gecorrigeerd)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .ToListAsync(ct);
        var byDate = entries.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.Last());
        Weeks = entries.Where(r => r.Status == UrenStatus.Ingevoerd && !UrenInvoer.IsAfterToday(r.Date, today))
            .Select(r => StageWeek.Of(r.Date)).Distinct().OrderBy(w => w.Monday)
            .Select(week => new WeekView(week, Enumerable.Range(0, 7).Select(week.Monday.AddDays)
                .Where(d => d >= agreement.StartDate && d <= agreement.EndDate && !UrenInvoer.IsAfterToday(d, today) && (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || byDate.ContainsKey(d)))
                .Select(d => new DayView(d, byDate.GetValueOrDefault(d)?.Hours, byDate.GetValueOrDefault(d)?.Status))
                .ToList()))
            .ToList();
        return entries;
    }

    public sealed record WeekView(StageWeek Week, IReadOnlyList<DayView> Days)
    {
        public decimal Total => Days.Where(d => d.Status is UrenStatus.Ingevoerd or UrenStatus.Goedgekeurd).Sum(d => d.Hours ?? 0m);
    }

    public sealed record DayView(DateOnly Date, decimal? Hours, UrenStatus? Status);

    public static string StatusText(UrenStatus? status) => status switch
    {
        UrenStatus.Ingevoerd => "nog goed te keuren",
        UrenStatus.Goedgekeurd => "goedgekeurd",
        UrenStatus.Afgekeurd => "afgekeurd door de school",
        _ => "geen uren",
    };
}
