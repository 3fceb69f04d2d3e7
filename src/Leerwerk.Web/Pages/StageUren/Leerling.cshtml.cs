using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.Rules.Catalog;
using Leerwerk.Domain.StageUren.Telling;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// One student's stage hours: the chart of cumulative counted hours against 640 and 1280 with the forecast, its text
/// alternative (a sentence and a month table), the entries that do not count with their reason, and the stage-hour findings.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class LeerlingModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public StageUrenOverzichtRij Rij { get; private set; } = null!;

    public string Svg { get; private set; } = "";

    public IReadOnlyList<UrenGrafiek.Maand> Maanden { get; private set; } = [];

    public IReadOnlyList<GeteldeRegel> NietGeteld { get; private set; } = [];

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var dossier = await db.LoadDossierAsync(id, ct);
        if (dossier is null)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var geteld = UrenTelling.Tel(dossier);
        Rij = StageUrenOverzicht.Rij(dossier, geteld, today);
        Svg = UrenGrafiek.Svg(geteld, Rij.Prognose, "grafiek-zin");
        Maanden = UrenGrafiek.Maanden(geteld, Rij.Prognose);
        NietGeteld = [.. geteld.Where(g => !g.Telt).OrderBy(g => g.Regel.Date)];
        Findings = [.. DossierRules.Evaluate(dossier, today).Where(f => RuleCatalog.IsCheckedAt(f.RuleId, Places.StageUrenScherm))];
        return Page();
    }
}
