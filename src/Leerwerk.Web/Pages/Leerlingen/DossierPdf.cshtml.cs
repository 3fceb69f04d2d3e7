using Leerwerk.Data;
using Leerwerk.Web.Documents.Dossier;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>Downloads the printable dossier of one student as PDF: <c>/Leerlingen/DossierPdf/12</c>.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class DossierPdfModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!LeerlingToegang.MagZien(db, User, id))
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var overzicht = await DossierOverzicht.LoadAsync(db, id, today, ct);
        if (overzicht is null)
        {
            return NotFound();
        }

        var file = DossierDocument.Render(overzicht);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
