using System.Data.Common;
using Leerwerk.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// The school name(s) the header shows next to the app's name: the schools of the logged-in user, read
/// through the school scope of the DbContext, so nobody sees another school's name. Empty when anonymous.
/// </summary>
public static class SchoolBranding
{
    public static async Task<string?> HeaderNameAsync(LeerwerkDbContext db, bool loggedIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!loggedIn)
        {
            return null;
        }

        try
        {
            var names = await db.Scholen.OrderBy(s => s.Name).Select(s => s.Name).Take(3).ToListAsync(cancellationToken);
            return names.Count == 0 ? null : string.Join(" · ", names);
        }
        catch (DbException)
        {
            // The error page uses this layout too; a database that is down must not stop it from rendering.
            return null;
        }
    }

    /// <summary>
    /// The address of the school's logo when the user sees exactly one school and it has a logo; otherwise null and
    /// the header shows the app's mark (a user of several schools has no one logo).
    /// </summary>
    public static async Task<string?> HeaderLogoAsync(LeerwerkDbContext db, bool loggedIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!loggedIn)
        {
            return null;
        }

        try
        {
            var schools = await db.Scholen.Select(s => new { s.Id, Size = s.Logo == null ? 0 : s.Logo.Length }).Take(2).ToListAsync(cancellationToken);
            return schools is [{ Size: > 0 } only] ? SchoolLogo.Url(only.Id, only.Size) : null;
        }
        catch (DbException)
        {
            return null;
        }
    }
}
