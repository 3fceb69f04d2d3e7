using System.Globalization;
using System.Security.Claims;
using Leerwerk.Data.Tenancy;

namespace Leerwerk.Web.Infrastructure;

/// <summary>The schools of the logged-in user, read from the "school" claims of the login cookie.</summary>
public sealed class HttpSchoolScope(IHttpContextAccessor accessor) : ISchoolScope
{
    public const string SchoolClaim = "school";

    private IReadOnlyList<int>? _schoolIds;

    public bool AllSchools => false;

    public IReadOnlyList<int> SchoolIds => _schoolIds ??= accessor.HttpContext?.User.FindAll(SchoolClaim)
        .Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture))
        .ToList() ?? [];

    public string UserName => accessor.HttpContext?.User.Identity?.Name ?? "anoniem";

    /// <summary>
    /// Continues this request as <paramref name="principal"/>, the user as the refreshed login cookie will carry it. For the
    /// one moment a user's schools change within a request: a beheerder who has just made a school (and become a member)
    /// may then write that school's first records in the same transaction; the save guard still checks every record.
    /// </summary>
    public void Refresh(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var context = accessor.HttpContext ?? throw new InvalidOperationException("A school scope is refreshed only within a request.");
        context.User = principal;
        _schoolIds = null;
    }
}
