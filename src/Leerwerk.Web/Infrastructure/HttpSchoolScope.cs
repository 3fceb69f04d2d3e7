using System.Globalization;
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
}
