using Leerwerk.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages;

/// <summary>
/// The logo of one of the user's schools, for the header. The school scope of the DbContext hides other schools, so
/// their logo answers 404. The address carries a version (<c>?v=</c>, the logo's size) that changes with a new
/// logo, so the browser may keep the image for a year.
/// </summary>
[Authorize]
public sealed class SchoollogoModel(LeerwerkDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var logo = await db.Scholen.AsNoTracking()
            .Where(s => s.Id == id && s.Logo != null && s.LogoContentType != null)
            .Select(s => new { s.Logo, s.LogoContentType })
            .SingleOrDefaultAsync(ct);
        if (logo is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return File(logo.Logo!, logo.LogoContentType!);
    }
}
