using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// The school overview of stage hours per LWT student: counted hours and days over leerjaar 3 and 4 against the
/// legal minimum of 640 clock hours in 80 days (WVO 2020 art. 2.38 lid 9), hours that do not count (E4–E6), and the
/// forecast at the start of the exam period; filterable per class, sortable (risk first by default), exportable.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, VersionedResults results, TimeProvider clock) : PageModel
{
    /// <summary>Rows per page; the exports hold every row.</summary>
    public const int PageSize = 50;

    /// <summary>Every row of the class filter, in the chosen order: what the exports write.</summary>
    public IReadOnlyList<StageUrenOverzichtRij> Rows { get; private set; } = [];

    /// <summary>The rows of the current page.</summary>
    public IReadOnlyList<StageUrenOverzichtRij> Zichtbaar { get; private set; } = [];

    public Paginering Paginering { get; private set; } = Paginering.Van(1, 0, PageSize, "leerlingen");

    public string? Klas { get; private set; }

    public string Sorteer { get; private set; } = Sortering.Risico;

    public IReadOnlyList<string> Classes { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(string? klas, string? sorteer, int? pagina, CancellationToken ct)
    {
        await LoadAsync(klas, sorteer, ct);
        Paginering = Paginering.Van(pagina, Rows.Count, PageSize, "leerlingen");
        Zichtbaar = Paginering.Deel(Rows);
    }

    /// <summary>The same rows as the page (class filter and order included) as CSV: `;`, decimal commas, UTF-8 with BOM.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? klas, string? sorteer, CancellationToken ct)
    {
        await LoadAsync(klas, sorteer, ct);
        return File(OverzichtExport.Csv(Rows), "text/csv; charset=utf-8", OverzichtExport.FileName(Today, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(string? klas, string? sorteer, CancellationToken ct)
    {
        await LoadAsync(klas, sorteer, ct);
        return File(OverzichtExport.Xlsx(Rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OverzichtExport.FileName(Today, "xlsx"));
    }

    private async Task LoadAsync(string? klas, string? sorteer, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Klas = string.IsNullOrWhiteSpace(klas) ? null : klas;
        Sorteer = Sortering.Parse(sorteer);
        var all = await results.GetAsync(db, "stageuren-overzicht", Today, c => db.LoadStageUrenOverzichtAsync(Today, c), ct);
        Classes = [.. all.Select(s => s.Klas ?? "").Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        Rows = Sortering.Apply(all.Where(r => Klas is null || r.Klas == Klas), Sorteer);
    }
}
