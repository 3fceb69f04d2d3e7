using Leerwerk.Data;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Documents.Dossier;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>
/// The student dossier: everything about one student on one screen (route, programme, placements, hours,
/// exam status, doorstroom, contacts) with every finding of the dossier rules, MOET first.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class DetailsModel(LeerwerkDbContext db, DossierOverzichtCache dossiers, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public DossierOverzicht Overzicht { get; private set; } = null!;

    public Leerling Leerling => Overzicht.Dossier.Leerling;

    public Profiel? Profiel { get; private set; }

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>May download the AVG export of everything held about the student: beheerder, coördinator.</summary>
    public bool MagAvg { get; private set; }

    /// <summary>May erase the student's personal data (AVG): the beheerder.</summary>
    public bool MagWissen { get; private set; }

    /// <summary>What <see cref="Domain.Controle.DossierRules"/> finds in the student's dossier today, MOET first.</summary>
    public IReadOnlyList<Finding> Findings => Overzicht.Findings;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!LeerlingToegang.MagZien(db, User, id))
        {
            return NotFound();
        }

        var overzicht = await dossiers.GetAsync(db, id, Today, ct);
        if (overzicht is null)
        {
            return NotFound();
        }

        Overzicht = overzicht;
        Profiel = Profielen.Find(Leerling.ProfielCode);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        MagAvg = (await authorization.AuthorizeAsync(User, Policies.Coordination)).Succeeded;
        MagWissen = (await authorization.AuthorizeAsync(User, Policies.Beheer)).Succeeded && Leerling.GewistOp is null;
        return Page();
    }
}
