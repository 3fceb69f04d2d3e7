using Leerwerk.Data;
using Leerwerk.Web.Documents;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Documenten;

/// <summary>
/// Downloads a leer-werkovereenkomst as PDF or DOCX: <c>/Documenten/Leerwerkovereenkomst/11?formaat=pdf</c>.
/// Dated today, so the parents' signature block appears only while the student is a minor.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class LeerwerkovereenkomstModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string? formaat, CancellationToken ct)
    {
        if (Formaat.Parse(formaat) is not { } format)
        {
            return BadRequest();
        }

        var agreement = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(l => l.Leerling!).ThenInclude(l => l.Vertegenwoordigers)
            .Include(l => l.Leerbedrijf)
            .Include(l => l.Praktijkbegeleider)
            .Include(l => l.Ondertekeningen)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => l.Id == id, ct);
        if (agreement?.Leerling is null || agreement.Leerbedrijf is null)
        {
            return NotFound();
        }

        var school = await db.Scholen.AsNoTracking().SingleAsync(s => s.Id == agreement.SchoolId, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var file = LeerwerkovereenkomstDocument.Render(agreement, school, today, format);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
