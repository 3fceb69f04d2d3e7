using Leerwerk.Data;

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
                up = await db.Database.CanConnectAsync(ct);
            }
            catch (Exception ex) when (DatabaseMigrator.IsUnreachable(ex))
            {
                up = false;
            }

            return up
                ? Results.Json(new { status = "gezond", database = "bereikbaar" })
                : Results.Json(new { status = "ongezond", database = "niet bereikbaar" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
    }
}
