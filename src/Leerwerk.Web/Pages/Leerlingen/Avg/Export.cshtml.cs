using Leerwerk.Data;
using Leerwerk.Data.Avg;
using Leerwerk.Web.Documents;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Leerlingen.Avg;

/// <summary>
/// The AVG export of one student (right of access): everything Leerwerk holds about them, as JSON
/// (<c>?handler=Json</c>) or as a readable PDF (<c>?handler=Pdf</c>). A download of personal data, so
/// <see cref="DownloadAuditFilter"/> audits it against the student. The file is named by Leerwerk's id, not the name.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class ExportModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetJsonAsync(int id, CancellationToken ct)
    {
        var export = await LeerlingExport.LoadAsync(db, id, ct);
        return export is { } found
            ? File(LeerlingExport.Json(found.Tabellen, Today), "application/json", $"avg-leerling-{id}.json")
            : NotFound();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        var export = await LeerlingExport.LoadAsync(db, id, ct);
        if (export is not { } found)
        {
            return NotFound();
        }

        var file = DocumentFile.Render(AvgExportDocument.Text(found.Leerling, found.Tabellen, Today), DownloadFormat.Pdf, "avg-leerling", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return File(file.Content, file.ContentType, file.FileName);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
