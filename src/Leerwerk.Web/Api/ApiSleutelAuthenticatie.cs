using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Leerwerk.Data;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Api;

/// <summary>
/// Authenticates an API request by its key (<c>Authorization: Bearer lw_…</c>): the key's hash is looked up across all
/// schools (no one is logged in yet), a revoked key is refused. The principal carries the key's one school as the
/// <see cref="HttpSchoolScope.SchoolClaim"/>, so the DbContext filters exactly as for a logged-in user, its scopes, and
/// as its name "API-sleutel {name}", which the audit trail records for every write. The login cookie is never read here.
/// </summary>
public sealed class ApiSleutelAuthenticatie(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    LeerwerkDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiSleutel";

    public const string ScopeClaim = "scope";

    public const string KeyIdClaim = "api-sleutel";

    /// <summary>How a key is named in the audit trail and in EnteredBy: "API-sleutel {name}".</summary>
    public const string NamePrefix = "API-sleutel ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header["Bearer ".Length..].Trim();
        if (!ApiSleutelGeheim.LooksLikeKey(key))
        {
            return AuthenticateResult.Fail("Geen geldige API-sleutel.");
        }

        var hash = ApiSleutelGeheim.Hash(key);
        var found = await db.ApiSleutels.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(k => k.SleutelHash == hash, Context.RequestAborted);
        if (found is null || !ApiSleutelGeheim.Matches(key, found.SleutelHash) || found.IsRevoked)
        {
            return AuthenticateResult.Fail("Onbekende of ingetrokken API-sleutel.");
        }

        // Last use to the minute: one small write per key per minute, not one per request; no audit (not a record change).
        var now = clock.GetUtcNow().UtcDateTime;
        var minuteAgo = now.AddMinutes(-1);
        await db.ApiSleutels.IgnoreQueryFilters().Where(k => k.Id == found.Id && (k.LastUsedAt == null || k.LastUsedAt < minuteAgo))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);

        List<Claim> claims =
        [
            new(ClaimTypes.Name, NamePrefix + found.Name),
            new(KeyIdClaim, found.Id.ToString(CultureInfo.InvariantCulture)),
            new(HttpSchoolScope.SchoolClaim, found.SchoolId.ToString(CultureInfo.InvariantCulture)),
            .. found.ScopeList.Select(s => new Claim(ScopeClaim, s)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblemen.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            "Stuur een geldige API-sleutel mee: Authorization: Bearer lw_…. Een ingetrokken sleutel werkt niet meer; een beheerder maakt sleutels onder API-sleutels.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblemen.WriteAsync(Context, StatusCodes.Status403Forbidden,
            "Deze API-sleutel heeft niet het recht (scope) dat hiervoor nodig is. Een beheerder kan een sleutel met die scope maken.");
}
