using System.Data.Common;
using Leerwerk.Data;
using Leerwerk.Data.Demo;

namespace Leerwerk.Web.Infrastructure;

/// <summary>Whether the layout shows the "Demoschool" banner: asked per request, nothing is cached in the process.</summary>
public static class DemoBanner
{
    public static async Task<bool> ShowAsync(LeerwerkDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            return await DemoSchool.IsLoadedAsync(db, cancellationToken);
        }
        catch (DbException)
        {
            // The error page uses this layout too; a database that is down must not stop it from rendering.
            return false;
        }
    }
}
