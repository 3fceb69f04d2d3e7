using System.Data.Common;
using Leerwerk.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Infrastructure;

/// <summary>What the header shows of the user's school(s): the name(s), and the logo when there is one school.</summary>
/// <param name="Name">The school names next to the app's name, at most three; null when anonymous or without a school.</param>
/// <param name="LogoUrl">The address of the school's logo, or null: then the header shows the app's mark.</param>
public sealed record SchoolHeader(string? Name, string? LogoUrl);

/// <summary>
/// The header's school branding, read through the school scope of the DbContext, so nobody sees another school's name
/// or logo. One query per page: the layout runs it on every request.
/// </summary>
public static class SchoolBranding
{
    private static readonly SchoolHeader None = new(null, null);

    /// <summary>
    /// The names of the logged-in user's schools and, when the user sees exactly one school and it has a logo, the
    /// logo's address (a user of several schools has no one logo).
    /// </summary>
    public static async Task<SchoolHeader> HeaderAsync(LeerwerkDbContext db, bool loggedIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!loggedIn)
        {
            return None;
        }

        try
        {
            var schools = await db.Scholen.OrderBy(s => s.Name)
                .Select(s => new { s.Id, s.Name, LogoSize = s.Logo == null ? 0 : s.Logo.Length })
                .Take(3)
                .ToListAsync(cancellationToken);
            if (schools.Count == 0)
            {
                return None;
            }

            var logo = schools is [{ LogoSize: > 0 } only] ? SchoolLogo.Url(only.Id, only.LogoSize) : null;
            return new SchoolHeader(string.Join(" · ", schools.Select(s => s.Name)), logo);
        }
        catch (DbException)
        {
            // The error page uses this layout too; a database that is down must not stop it from rendering.
            return None;
        }
    }
}
