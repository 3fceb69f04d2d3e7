using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren.Prognose;
using Microsoft.AspNetCore.Mvc;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// The B2 start check on the student's page (one line there: <c>&lt;vc:startcheck dossier="…" /&gt;</c>): per
/// leer-werkovereenkomst with a rooster, whether its start still leaves room for 640 hours in 80 days before the
/// exam period, from the same forecast as the risk list, and a link to try another start date or rooster.
/// It takes the dossier the page already loaded for its findings: loading it again doubled the page's database work.
/// </summary>
public sealed class StartcheckViewComponent(TimeProvider clock) : ViewComponent
{
    public IViewComponentResult Invoke(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var checks = dossier.Plaatsingen
            .Where(p => p.Rooster.HoursPerWeek > 0 && p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen))
            .Select(p => new StartcheckRegel(p, StageUrenPrognose.Startcheck(dossier, p, today)))
            .ToList();
        return View(new StartcheckOverzicht(dossier.Leerling.Id, checks));
    }
}

public sealed record StartcheckRegel(Leerwerkovereenkomst Plaatsing, UrenPrognose Check);

public sealed record StartcheckOverzicht(int LeerlingId, IReadOnlyList<StartcheckRegel> Checks);
