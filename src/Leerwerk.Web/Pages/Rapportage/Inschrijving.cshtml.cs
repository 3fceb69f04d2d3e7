using Leerwerk.Data;
using Leerwerk.Domain.Kalender;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Rapportage;

/// <summary>
/// The LWT registration export of a school year (<see cref="LwtInschrijving"/>): the list, and the CSV/XLSX only when no
/// student breaks rule A7; otherwise the download answers with this page listing each student and what is wrong.
/// The files hold personal data and are audited as an export (DownloadAuditFilter).
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class InschrijvingModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>How many school years back the page offers.</summary>
    public const int JarenTerug = 4;

    [BindProperty(SupportsGet = true)]
    public int? Schooljaar { get; set; }

    public int Jaar { get; private set; }

    public int HuidigJaar { get; private set; }

    public DateOnly Peildatum { get; private set; }

    public IReadOnlyList<LwtInschrijving.Rij> Rijen { get; private set; } = [];

    public IReadOnlyList<LwtInschrijving.Rij> Fout => [.. Rijen.Where(r => r.Probleem is not null)];

    /// <summary>True when a download was asked for and refused.</summary>
    public bool Geweigerd { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await FileOrRefusalAsync(rows => File(LwtInschrijving.Csv(rows), "text/csv; charset=utf-8", LwtInschrijving.FileName(Jaar, "csv")), ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await FileOrRefusalAsync(rows => File(LwtInschrijving.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            LwtInschrijving.FileName(Jaar, "xlsx")), ct);

    private async Task<IActionResult> FileOrRefusalAsync(Func<IReadOnlyList<LwtInschrijving.Rij>, IActionResult> file, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Fout.Count == 0)
        {
            return file(Rijen);
        }

        Geweigerd = true;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        HuidigJaar = Schoolkalender.SchooljaarVan(today);
        Jaar = Schooljaar is { } j && j <= HuidigJaar && j >= HuidigJaar - JarenTerug ? j : HuidigJaar;
        Peildatum = LwtInschrijving.Peildatum(Jaar, today);
        Rijen = await LwtInschrijving.LoadAsync(db, Peildatum, ct);
    }
}
