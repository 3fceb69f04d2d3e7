using Leerwerk.Data;
using Leerwerk.Web.Documents;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Documenten;

/// <summary>Downloads a samenwerkingsovereenkomst as PDF or DOCX: <c>/Documenten/Samenwerkingsovereenkomst/5?formaat=docx</c>.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class SamenwerkingsovereenkomstModel(LeerwerkDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string? formaat, CancellationToken ct)
    {
        if (Formaat.Parse(formaat) is not { } format)
        {
            return BadRequest();
        }

        var agreement = await db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Include(s => s.MboInstelling)
            .Include(s => s.VerwanteOpleidingen)
            .Include(s => s.Ondertekeningen)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (agreement?.MboInstelling is null)
        {
            return NotFound();
        }

        var school = await db.Scholen.AsNoTracking().SingleAsync(s => s.Id == agreement.SchoolId, ct);
        var file = SamenwerkingsovereenkomstDocument.Render(agreement, school, format);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
