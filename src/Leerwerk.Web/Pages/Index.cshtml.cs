using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Inrichting;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Bevindingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages;

/// <summary>The dashboard: the school's LWT at a glance, and what needs attention.</summary>
public sealed class IndexModel(LeerwerkDbContext db, VersionedResults results, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public int LeerlingCount { get; private set; }

    public int Leerjaar3 { get; private set; }

    public int Leerjaar4 { get; private set; }

    public int LeerbedrijfCount { get; private set; }

    public int ActiveLeerwerkovereenkomsten { get; private set; }

    public decimal ApprovedHours { get; private set; }

    public int HoursToApprove { get; private set; }

    public IReadOnlyList<AttentionItem> Attention { get; private set; } = [];

    /// <summary>Whether the user sees the worklist (school staff, not the mbo-partner).</summary>
    public bool ToontBevindingen { get; private set; }

    /// <summary>
    /// How many students have at least one MOET-fout: a MOET finding of severity error, a breach of the law (a MOET warning
    /// such as E1's forecast is not one), as the worklist's filter "MOET-fout" lists them.
    /// </summary>
    public int LeerlingenMetMoet { get; private set; }

    /// <summary>The five rules with the most open findings: id, MOET or ADVIES, and how many.</summary>
    public IReadOnlyList<(string RegelId, string Soort, int Aantal)> TopRegels { get; private set; } = [];

    /// <summary>For a beheerder: the schools whose set-up is not complete yet.</summary>
    public IReadOnlyList<InrichtingStatus> Inrichting { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // School-wide counts and names are for staff: the mbo-partner starts on its own shared students.
        if (!(await authorization.AuthorizeAsync(User, Policies.SchoolStaff)).Succeeded)
        {
            return Redirect(Navigatie.StartPagina(User));
        }

        if (User.IsInRole(Roles.Beheerder))
        {
            // An installation without a school starts with the set-up, not with an empty dashboard.
            var statuses = await InrichtingStatus.LoadAsync(db, ct);
            if (statuses.Count == 0)
            {
                return RedirectToPage("/Inrichting/Index");
            }

            Inrichting = statuses.Where(s => !s.IsKlaar).ToList();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var tellingen = await results.GetAsync(db, "start-tellingen", today, c => StartTellingen.LoadAsync(db, today, c), ct);
        LeerlingCount = tellingen.Leerlingen;
        Leerjaar3 = tellingen.Leerjaar3;
        Leerjaar4 = tellingen.Leerjaar4;
        LeerbedrijfCount = tellingen.Leerbedrijven;
        ActiveLeerwerkovereenkomsten = tellingen.ActieveOvereenkomsten;
        ApprovedHours = tellingen.GoedgekeurdeUren;
        HoursToApprove = tellingen.UrenTeKeuren;

        var bevindingen = await SchoolBevindingen.EvaluateAsync(db, results, User, today, ct);
        ToontBevindingen = SchoolBevindingen.MaySee(User);
        LeerlingenMetMoet = bevindingen.Where(b => b.Soort == OnderwerpSoort.Leerling && b.IsMoetFout).Select(b => b.OnderwerpId).Distinct().Count();
        TopRegels = bevindingen
            .GroupBy(b => RuleCatalog.BaseId(b.Finding.RuleId), StringComparer.Ordinal)
            .Select(g => (RegelId: g.Key, Soort: g.Any(b => b.Finding.Kind == RuleKind.Moet) ? "MOET" : "ADVIES", Aantal: g.Count()))
            .OrderByDescending(t => t.Aantal)
            .ThenBy(t => RuleCatalog.Position(t.RegelId))
            .Take(5)
            .ToList();
        Attention = await AandachtLijst.LoadAsync(db, today, bevindingen, ct);
        return Page();
    }
}
