using Leerwerk.Web.Infrastructure.Storingen;

namespace Leerwerk.Web.Api;

/// <summary>
/// Keeps every answer under <c>/api</c> in problem+json: an error status without a body (a route that does not
/// exist, a body or parameter that could not be read, the rate limit) gets a Dutch problem instead of the HTML error
/// page, and an exception gets a problem with a kenmerk that the log also carries, never a stack trace.
/// </summary>
public sealed partial class ApiFouten(RequestDelegate next, ILogger<ApiFouten> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments(ApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // A database that is away or full is no bug: 503 or 507 with a problem saying so, logged as a warning.
            if (await StoringAntwoord.TryWriteAsync(context, exception, logger))
            {
                return;
            }

            var kenmerk = context.TraceIdentifier;
            LogFailure(logger, exception, kenmerk, context.Request.Path);
            context.Response.Clear();
            await ApiProblemen.WriteAsync(context, StatusCodes.Status500InternalServerError,
                $"Het verzoek kon niet worden afgehandeld. Noem dit kenmerk aan de beheerder: {kenmerk}.");
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            var detail = response.StatusCode switch
            {
                StatusCodes.Status400BadRequest => "Een parameter of de inhoud van het verzoek kon niet worden gelezen; zie de OpenAPI-beschrijving op /openapi/v1.json.",
                StatusCodes.Status404NotFound => "Dit adres bestaat niet in de API; zie /openapi/v1.json.",
                StatusCodes.Status413PayloadTooLarge => "De inhoud van het verzoek is groter dan de API aanneemt; stuur minder per verzoek.",
                StatusCodes.Status429TooManyRequests => "Deze API-sleutel deed te veel verzoeken; probeer het over een minuut opnieuw.",
                _ => null,
            };
            await ApiProblemen.WriteAsync(context, response.StatusCode, detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "API-fout {Kenmerk} op {Path}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string kenmerk, string path);
}
