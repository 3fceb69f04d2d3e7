using System.Globalization;
using System.Security.Claims;
using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Infrastructure.Accounts;

/// <summary>
/// Checks the login cookie on every request with one small query, in place of Identity's
/// <see cref="SecurityStampValidator{TUser}"/>, which loads the user, its claims, roles and role claims and schools (six
/// queries) to rebuild the principal on every request. Logging out, a password change, a new role, a reset and a
/// deactivation all change the security stamp (<see cref="Data.Accounts.AccountBeheer"/>), so a stamp that still matches
/// means the cookie's roles and claims are the ones issued for the current stamp and the cookie is kept as it is. What
/// may change without a new stamp (the user's schools, those of the user's bestuur, the display name) is read in the same
/// query; when it differs the principal is rebuilt as at login and the cookie renewed, as the old validator did.
/// </summary>
public sealed class SessieControle(LeerwerkDbContext db, IOptions<IdentityOptions> identity, TimeProvider clock) : ISecurityStampValidator
{
    /// <summary>What the cookie is checked against: the user's stamp and what the login cookie carries besides the roles.</summary>
    private sealed record Stand(string? SecurityStamp, string? UserName, string DisplayName, int? SchoolId);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = identity.Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        var rows = userId is null ? [] : await LoadAsync(userId, context.HttpContext.RequestAborted);
        if (principal is null || rows.Count == 0 || rows[0].SecurityStamp is null || !string.Equals(rows[0].SecurityStamp, stamp, StringComparison.Ordinal))
        {
            await RejectAsync(context);
            return;
        }

        if (!CarriesCurrent(principal, rows, claims))
        {
            await RefreshAsync(context, userId!);
        }
    }

    /// <summary>
    /// One query: the user's row with each school the user sees (its own, and every school of its bestuur), one row per
    /// school, or one row without a school. The filters are ignored: the request's school scope is not known yet.
    /// </summary>
    private Task<List<Stand>> LoadAsync(string userId, CancellationToken ct)
    {
        var bestuur = db.Users.Where(u => u.Id == userId && u.BestuurId != null).Select(u => u.BestuurId);
        var schools = db.UserSchools.Where(s => s.UserId == userId).Select(s => s.SchoolId)
            .Union(db.Scholen.Where(s => bestuur.Contains(s.BestuurId)).Select(s => s.Id));
        return (from u in db.Users.Where(u => u.Id == userId)
                from s in schools.Select(id => (int?)id).DefaultIfEmpty()
                select new Stand(u.SecurityStamp, u.UserName, u.DisplayName, s))
            .IgnoreQueryFilters()
            .AsNoTracking()
            .ToListAsync(ct);
    }

    /// <summary>Whether the cookie's user name, display name and schools are still the user's (see <see cref="LeerwerkClaimsFactory"/>).</summary>
    private static bool CarriesCurrent(ClaimsPrincipal principal, List<Stand> rows, ClaimsIdentityOptions claims)
    {
        var user = rows[0];
        var displayName = string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName;
        if (principal.FindFirstValue(claims.UserNameClaimType) != user.UserName
            || principal.FindFirstValue(LeerwerkClaimsFactory.DisplayNameClaim) != displayName)
        {
            return false;
        }

        var current = rows.Where(r => r.SchoolId is not null).Select(r => r.SchoolId!.Value.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var carried = principal.FindAll(HttpSchoolScope.SchoolClaim).Select(c => c.Value).ToList();
        return carried.Count == current.Count && current.SetEquals(carried);
    }

    /// <summary>The principal rebuilt as at login, and the cookie renewed so the next request carries it.</summary>
    private async Task RefreshAsync(CookieValidatePrincipalContext context, string userId)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<LeerwerkUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            await RejectAsync(context);
            return;
        }

        context.ReplacePrincipal(await services.GetRequiredService<SignInManager<LeerwerkUser>>().CreateUserPrincipalAsync(user));
        context.ShouldRenew = true;
        if (!context.Options.SlidingExpiration)
        {
            // Renewing must not extend a fixed expiry: the new ticket's length counts from now, as Identity's validator does.
            context.Properties.IssuedUtc = clock.GetUtcNow();
        }
    }

    /// <summary>As Identity's validator: the request continues anonymously and the login cookies are removed.</summary>
    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.RequestServices.GetRequiredService<SignInManager<LeerwerkUser>>().SignOutAsync();
        await context.HttpContext.SignOutAsync(IdentityConstants.TwoFactorRememberMeScheme);
    }
}
