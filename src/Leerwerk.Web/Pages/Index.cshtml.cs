using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Inrichting;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages;

/// <summary>The dashboard: the school's LWT at a glance, and what needs attention.</summary>
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public int LeerlingCount { get; private set; }

    public int Leerjaar3 { get; private set; }

    public int Leerjaar4 { get; private set; }

    public int LeerbedrijfCount { get; private set; }

    public int ActiveLeerwerkovereenkomsten { get; private set; }

    public decimal ApprovedHours { get; private set; }

    public int HoursToApprove { get; private set; }

    public IReadOnlyList<AttentionItem> Attention { get; private set; } = [];

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
        var students = await db.Leerlingen.Include(l => l.Routes).AsNoTracking().ToListAsync(ct);
        var lwt = students.Where(s => s.RouteOn(today) == Leerroute.LeerWerktraject).ToList();
        LeerlingCount = lwt.Count;
        Leerjaar3 = lwt.Count(s => s.Leerjaar == 3);
        Leerjaar4 = lwt.Count(s => s.Leerjaar == 4);
        LeerbedrijfCount = await db.Leerbedrijven.CountAsync(ct);
        ActiveLeerwerkovereenkomsten = await db.Leerwerkovereenkomsten.CountAsync(o => o.Status == LeerwerkovereenkomstStatus.Actief, ct);
        ApprovedHours = await db.StageUren.Where(r => r.Status == UrenStatus.Goedgekeurd).SumAsync(r => r.Hours, ct);
        HoursToApprove = await db.StageUren.CountAsync(r => r.Status == UrenStatus.Ingevoerd, ct);

        Attention = await AandachtLijst.LoadAsync(db, today, ct);
        return Page();
    }
}
