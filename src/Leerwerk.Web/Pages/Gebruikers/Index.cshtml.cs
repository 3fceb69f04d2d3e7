using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Tenancy;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>The accounts of the beheerder's schools, with role, schools and whether they may log in.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class IndexModel(LeerwerkDbContext db, ISchoolScope scope) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var accounts = await BeheerbareAccounts.Van(db, scope.SchoolIds).AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var ids = accounts.Select(a => a.Id).ToList();
        var roles = await db.UserRoles.Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var schools = await db.UserSchools.Where(s => ids.Contains(s.UserId))
            .Join(db.Scholen, us => us.SchoolId, s => s.Id, (us, s) => new { us.UserId, s.Name })
            .ToListAsync(ct);
        Rows = accounts.Select(a => new Row(
            a.Id,
            a.UserName ?? string.Empty,
            a.DisplayName,
            BeheerbareAccounts.RolLabel(roles.FirstOrDefault(r => r.UserId == a.Id)?.Name),
            string.Join(", ", schools.Where(s => s.UserId == a.Id).Select(s => s.Name).Order(StringComparer.Ordinal)),
            !AccountBeheer.IsDeactivated(a))).ToList();
    }

    public sealed record Row(string Id, string UserName, string DisplayName, string Rol, string Scholen, bool Actief);
}
