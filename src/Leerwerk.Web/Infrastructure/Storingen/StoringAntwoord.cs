using System.Text.Encodings.Web;
using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace Leerwerk.Web.Infrastructure.Storingen;

/// <summary>
/// The answer to a request that failed on the database itself, for pages (a Dutch page of its own) and the API
/// (a problem). The page is written here and not by /Fout: the layout and the login check read the database, which is
/// exactly what does not work now.
/// </summary>
public static partial class StoringAntwoord
{
    /// <summary>Seconds a client (or a browser's reload) is asked to wait: a restart or fail-over takes a minute or two.</summary>
    public const int RetryAfterSeconds = 120;

    public const string OnbereikbaarTitel = "Leerwerk is tijdelijk niet beschikbaar";

    public const string SchijfVolTitel = "Leerwerk kan nu niets opslaan: de schijf is vol";

    /// <summary>
    /// 503 when the database is away: it comes back by itself, so Retry-After and load balancers' retries make sense.
    /// 507 Insufficient Storage when the disk is full: it says exactly what is wrong, and it is not 503 on purpose,
    /// because waiting does not help (the beheerder must make room) and reading still works, so a load balancer must
    /// not take the instance out (/healthz stays 200).
    /// </summary>
    public static int Status(DatabaseStoring storing) =>
        storing == DatabaseStoring.SchijfVol ? StatusCodes.Status507InsufficientStorage : StatusCodes.Status503ServiceUnavailable;

    public static string Uitleg(DatabaseStoring storing) => storing == DatabaseStoring.SchijfVol
        ? "De opslag van Leerwerk is vol. Wat u net deed, is niet opgeslagen. Wat al eerder was opgeslagen, is bewaard. "
            + "Meld aan de beheerder van Leerwerk dat de schijf vol is. Probeer het opnieuw als de beheerder ruimte heeft gemaakt."
        : "Leerwerk kan de gegevens nu niet bereiken. Wat u net deed, is niet opgeslagen. Wat al eerder was opgeslagen, is bewaard. "
            + "Probeer het over een paar minuten opnieuw. Lukt het dan nog steeds niet, meld het dan aan de beheerder van Leerwerk.";

    /// <summary>
    /// Answers the request when <paramref name="exception"/> is a database fault, logging it once as a warning (it is no
    /// bug, and the log should not cry error for every request of an outage); false leaves the exception to the caller.
    /// </summary>
    public static async Task<bool> TryWriteAsync(HttpContext context, Exception exception, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(exception);
        var storing = DatabaseStoringen.Classify(exception);
        if (storing == DatabaseStoring.Geen || context.Response.HasStarted)
        {
            return false;
        }

        DatabaseStoringen.ClearBrokenPools(exception);
        var kenmerk = context.TraceIdentifier;
        var tijdstip = context.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().ToString("dd-MM-yyyy HH:mm:ss", Nl.Culture);
        // Inside the exception handler the request's path is already /Fout; the log names the page that failed.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? "/";
        LogStoring(logger, storing, context.Request.Method, path, kenmerk, exception.GetBaseException().Message);

        // The exception handler cleared the headers the pipeline had set; this answer sets its own.
        context.Response.Clear();
        WebApplicationExtensions.SetSecurityHeaders(context.Response.Headers);
        context.Response.StatusCode = Status(storing);
        context.Response.Headers.CacheControl = "no-store";
        if (storing == DatabaseStoring.Onbereikbaar)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(Nl.Culture);
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await ApiProblemen.WriteAsync(context, Status(storing), Uitleg(storing));
            return true;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Pagina(storing, tijdstip, kenmerk), context.RequestAborted);
        return true;
    }

    public static string Titel(DatabaseStoring storing) => storing == DatabaseStoring.SchijfVol ? SchijfVolTitel : OnbereikbaarTitel;

    /// <summary>The page with the site's own style sheets (static files need no database) and no script.</summary>
    private static string Pagina(DatabaseStoring storing, string tijdstip, string kenmerk)
    {
        var html = HtmlEncoder.Default;
        return $"""
            <!DOCTYPE html>
            <html lang="nl" class="leerwerk-theme utrecht-html">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{html.Encode(Titel(storing))} · Leerwerk</title>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href="/lib/utrecht-component-library-css/index.css" />
                <link rel="stylesheet" href="/lib/utrecht-component-library-css/html.css" />
                <link rel="stylesheet" href="/css/theme.css" />
                <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body class="utrecht-document">
                <header class="utrecht-page-header site-header">
                    <a class="brand" href="/"><img class="brand__logo" src="/favicon.svg" alt="" width="32" height="32" /><span class="brand__name">Leerwerk</span></a>
                </header>
                <main id="inhoud" tabindex="-1">
                    <h1 id="storing" data-storing="{storing}">{html.Encode(Titel(storing))}</h1>
                    <p>{html.Encode(Uitleg(storing))}</p>
                    <p id="fout-tijdstip">Tijdstip: {html.Encode(tijdstip)} (kenmerk {html.Encode(kenmerk)})</p>
                    <p><a href="/">Naar het overzicht</a></p>
                </main>
            </body>
            </html>
            """;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database fault {Storing} on {Method} {Path} (kenmerk {Kenmerk}): {Reden}")]
    private static partial void LogStoring(ILogger logger, DatabaseStoring storing, string method, string path, string kenmerk, string reden);
}
