using Leerwerk.Data;
using Leerwerk.Web.Documents.Cijferlijst;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>Downloads one candidate's cijferlijst as PDF: <c>/Examen/Cijferlijst/12</c>; 404 for a student of another school or not a candidate.</summary>
[Authorize(Policy = Policies.Exam)]
public sealed class CijferlijstModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var lijst = (await CijferlijstQueries.LoadAsync(db, [id], today, ct)).SingleOrDefault();
        if (lijst is null)
        {
            return NotFound();
        }

        var file = CijferlijstDocument.Render(lijst);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
