namespace Leerwerk.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>: minimal APIs on the same DbContext, school filter and domain as the pages. Only an
/// API key opens it (<see cref="ApiSleutelAuthenticatie"/>); reading needs scope <c>lezen</c>, writing hours
/// <c>uren-schrijven</c>; each key has its own rate limit. Every refusal is problem+json (<see cref="ApiProblemen"/>).
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>The API's middleware: problem+json for every error under /api, and the reference page's CSP.</summary>
    public static WebApplication UseLeerwerkApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ApiFouten>();
        app.Use(async (context, next) =>
        {
            // Scalar's page starts with an inline module script and injects its styles: allowed on its own path, nowhere else.
            if (context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.ContentSecurityPolicy =
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
            }

            await next(context);
        });
        return app;
    }

    public static WebApplication MapLeerwerkApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        ApiDocument.Map(app);
        var api = app.MapGroup(Prefix)
            .RequireRateLimiting(ApiServiceCollectionExtensions.RateLimitPolicy)
            .DisableAntiforgery()
            .AddEndpointFilter<ApiTekstFilter>();
        LeerlingenApi.Map(api);
        OvereenkomstenApi.Map(api);
        LeerbedrijvenApi.Map(api);
        StageUrenApi.Map(api);
        BevindingenApi.Map(api);
        UitslagenApi.Map(api);
        return app;
    }

    /// <summary>Today as the pages see it: the school's local date.</summary>
    public static DateOnly Vandaag(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}
