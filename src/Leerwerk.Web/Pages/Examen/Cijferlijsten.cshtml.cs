using Leerwerk.Data;
using Leerwerk.Web.Documents.Cijferlijst;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>Downloads the cijferlijsten of every exam candidate of the user's schools as one PDF, a page per candidate.</summary>
[Authorize(Policy = Policies.Exam)]
public sealed class CijferlijstenModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var lijsten = await CijferlijstQueries.LoadAsync(db, null, today, ct);
        var file = CijferlijstDocument.RenderCohort(lijsten, today);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
