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
}
