using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren.Prognose;
using Microsoft.AspNetCore.Mvc;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// The B2 start check on the student's page (one line there: <c>&lt;vc:startcheck leerling-id="…" /&gt;</c>): per
/// leer-werkovereenkomst with a rooster, whether its start still leaves room for 640 hours in 80 days before the
/// exam period, from the same forecast as the risk list, and a link to try another start date or rooster.
/// </summary>
public sealed class StartcheckViewComponent(LeerwerkDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int leerlingId)
    {
        var dossier = await db.LoadDossierAsync(leerlingId, HttpContext.RequestAborted);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var checks = dossier is null
            ? []
            : dossier.Plaatsingen
                .Where(p => p.Rooster.HoursPerWeek > 0 && p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen))
                .Select(p => new StartcheckRegel(p, StageUrenPrognose.Startcheck(dossier, p, today)))
                .ToList();
        return View(new StartcheckOverzicht(leerlingId, checks));
    }
}

public sealed record StartcheckRegel(Leerwerkovereenkomst Plaatsing, UrenPrognose Check);

public sealed record StartcheckOverzicht(int LeerlingId, IReadOnlyList<StartcheckRegel> Checks);
