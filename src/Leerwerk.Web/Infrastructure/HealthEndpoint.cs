using Leerwerk.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Infrastructure;

/// <summary><c>/healthz</c>: 200 when the database answers, 503 when it does not. For load balancers; no login.</summary>
public static class HealthEndpoint
{
    public static void MapHealthEndpoint(this WebApplication app)
    {
        app.MapGet("/healthz", async (LeerwerkDbContext db, CancellationToken ct) =>
        {
            bool up;
            try
            {
                // CanConnect alone takes a pooled PostgreSQL connection without asking the server anything, so it says
                // yes while the server is down; a query is an answer from the server itself.
                up = await db.Database.CanConnectAsync(ct);
                if (up)
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
                }
            }
            catch (Exception ex) when (DatabaseMigrator.IsUnreachable(ex))
            {
                DatabaseStoringen.ClearBrokenPools(ex);
                up = false;
            }

            return up
                ? Results.Json(new { status = "gezond", database = "bereikbaar" })
                : Results.Json(new { status = "ongezond", database = "niet bereikbaar" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
    }
}
