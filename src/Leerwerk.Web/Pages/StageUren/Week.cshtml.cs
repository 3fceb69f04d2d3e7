using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.StageUren;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// Fast entry: one week of hours for a class or for the students placed at one leerbedrijf, prefilled
/// with what is already entered or else the agreement's rooster, so the usual case is one "Bevestigen".
/// Saving enters new days and corrects changed ones (history kept); a bad cell keeps all other input.
/// </summary>
[Authorize(Policy = Policies.HoursEntry)]
public sealed class WeekModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Klas { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Bedrijf { get; set; }

    /// <summary>The posted grid: per row the agreement and five day values as typed.</summary>
    [BindProperty]
    public List<RijInput> Rijen { get; set; } = [];

    public StageWeek Selected { get; private set; }

    public IReadOnlyList<DateOnly> Days { get; private set; } = [];

    public IReadOnlyList<string> Classes { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Companies { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Per-cell errors by (row, day index).</summary>
    public Dictionary<(int Row, int Day), string> CellErrors { get; } = [];

    public bool HasGroup => Klas is not null || Bedrijf is not null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostBevestigenAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var changes = new List<UrenWijziging>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var posted = Rijen.FirstOrDefault(r => r.LeerwerkovereenkomstId == row.Leerwerkovereenkomst.Id);
            if (posted is null)
            {
                continue;
            }

            for (var d = 0; d < Days.Count; d++)
            {
                var cell = row.Cells[d];
                if (!cell.Editable)
                {
                    continue;
                }

                var text = d < posted.Uren.Count ? posted.Uren[d] : null;
                cell.Posted = text ?? "";
                var where = $"{row.LeerlingName}, {UrenInvoer.Day(cell.Date)}";
                if (UrenInvoer.TryParse(text, where, out var hours) is { } error)
                {
                    CellErrors[(i, d)] = error;
                    continue;
                }

                changes.Add(new UrenWijziging(row.Leerwerkovereenkomst.SchoolId, row.Leerwerkovereenkomst.LeerlingId, row.Leerwerkovereenkomst.Id, cell.Date, hours));
            }
        }

        if (CellErrors.Count > 0)
        {
            return Page();
        }

        var result = await UrenOpslag.SaveAsync(db, changes, User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct);
        TempData["Status"] = result.Total == 0
            ? $"Bevestigd: {Selected.Label()} klopte al, er is niets veranderd."
            : $"Opgeslagen voor {Selected.Label()}: {result.Entered} {(result.Entered == 1 ? "dag" : "dagen")} ingevoerd, {result.Corrected} gecorrigeerd.";
        return RedirectToPage(null, null, new { week = Selected.ToString(), klas = Klas, bedrijf = Bedrijf }, "rooster");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // Before Friday the week to confirm is usually last week; from Friday on, this week.
        Selected = StageWeek.Parse(Week) ?? (today.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday
            ? StageWeek.Of(today) : StageWeek.Of(today).Previous);
        Week = Selected.ToString();
        Klas = string.IsNullOrWhiteSpace(Klas) ? null : Klas.Trim();
        Days = [.. Selected.WorkDays];
        var monday = Selected.Monday;
        var friday = monday.AddDays(4);

        var active = db.Leerwerkovereenkomsten.AsNoTracking()
            .Where(o => (o.Status == LeerwerkovereenkomstStatus.Actief || o.Status == LeerwerkovereenkomstStatus.Beeindigd)
                && o.StartDate <= friday && o.EndDate >= monday);
        Classes = await active.Select(o => o.Leerling!.ClassName).Where(c => c != null).Distinct().OrderBy(c => c).Select(c => c!).ToListAsync(ct);
        Companies = (await active.Select(o => new { o.LeerbedrijfId, o.Leerbedrijf!.Name }).Distinct().ToListAsync(ct))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => (c.LeerbedrijfId, c.Name)).ToList();
        if (!HasGroup)
        {
            return;
        }

        var agreements = await active.Include(o => o.Leerling).Include(o => o.Leerbedrijf)
            .Where(o => (Klas == null || o.Leerling!.ClassName == Klas) && (Bedrijf == null || o.LeerbedrijfId == Bedrijf))
            .ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var current = (await db.StageUren.AsNoTracking()
                .Where(r => ids.Contains(r.LeerwerkovereenkomstId) && r.Date >= monday && r.Date <= friday && r.Status != UrenStatus.Gecorrigeerd)
                .ToListAsync(ct))
            .GroupBy(r => (r.LeerwerkovereenkomstId, r.Date))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.EnteredAt).ThenByDescending(r => r.Id).First());

        Rows = agreements
            .OrderBy(a => a.Leerling!.LastName, StringComparer.CurrentCulture).ThenBy(a => a.Leerling!.FirstName, StringComparer.CurrentCulture).ThenBy(a => a.Id)
            .Select(a => new Row(a, a.Leerling!.FullName, a.Leerbedrijf!.Name, Days.Select(day =>
            {
                var entry = current.GetValueOrDefault((a.Id, day));
                var editable = day >= a.StartDate && day <= a.EndDate && day <= today;
                var planned = a.Rooster.HoursOn(day.DayOfWeek);
                var value = entry is not null ? Nl.Number(entry.Hours) : planned > 0 ? Nl.Number(planned) : "";
                return new Cell(day, editable, value, entry?.Status);
            }).ToList()))
            .ToList();
    }

    public sealed class RijInput
    {
        public int LeerwerkovereenkomstId { get; set; }

        public List<string?> Uren { get; set; } = [];
    }

    public sealed record Row(Leerwerkovereenkomst Leerwerkovereenkomst, string LeerlingName, string LeerbedrijfName, IReadOnlyList<Cell> Cells);

    /// <summary>One day of one student: the value shown (entered hours, else the rooster) and what was posted.</summary>
    public sealed record Cell(DateOnly Date, bool Editable, string Prefill, UrenStatus? Status)
    {
        public string? Posted { get; set; }

        public string Value => Posted ?? Prefill;
    }

    public static string StatusHint(UrenStatus? status) => status switch
    {
        UrenStatus.Ingevoerd => "ingevoerd",
        UrenStatus.Goedgekeurd => "goedgekeurd",
        UrenStatus.Afgekeurd => "afgekeurd",
        _ => "uit rooster",
    };
}
