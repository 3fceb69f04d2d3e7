using System.Globalization;
using System.Security.Claims;
using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Infrastructure;

/// <summary>Puts the user's schools (with those of the user's bestuur) and display name into the login cookie, so scoping needs no query per request.</summary>
public sealed class LeerwerkClaimsFactory(
    UserManager<LeerwerkUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    LeerwerkDbContext db)
    : UserClaimsPrincipalFactory<LeerwerkUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "weergavenaam";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LeerwerkUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var schoolIds = await db.UserSchools.Where(s => s.UserId == user.Id).Select(s => s.SchoolId).ToListAsync();
        if (user.BestuurId is { } bestuurId)
        {
            // A board user sees every school of the bestuur, also one added after the account was made;
            // the filter is ignored because at login the user has no schools in scope yet.
            schoolIds.AddRange(await db.Scholen.IgnoreQueryFilters().Where(s => s.BestuurId == bestuurId).Select(s => s.Id).ToListAsync());
        }

        identity.AddClaims(schoolIds.Distinct().Select(id => new Claim(HttpSchoolScope.SchoolClaim, id.ToString(CultureInfo.InvariantCulture))));
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
