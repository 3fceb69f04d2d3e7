using Leerwerk.Domain;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages;

/// <summary>The Dutch error page for every status code and for unhandled exceptions; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed partial class FoutModel(ILogger<FoutModel> logger, TimeProvider clock) : PageModel
{
    public int Code { get; private set; }

    /// <summary>When the unhandled exception happened, as the page shows it and the log holds it; null for other codes.</summary>
    public string? Tijdstip { get; private set; }

    /// <summary>The request's identifier, shown and logged with the time so the beheerder finds the one entry.</summary>
    public string? Kenmerk { get; private set; }

    public string Title => Code switch
    {
        404 => "Pagina niet gevonden",
        403 => "Geen toegang",
        400 => "Ongeldig verzoek",
        413 => "Bestand te groot",
        429 => "Te veel verzoeken",
        _ => "Er ging iets mis",
    };

    public string Explanation => Code switch
    {
        404 => "Deze pagina of dit gegeven bestaat niet, of hoort niet bij uw school. Controleer het adres of ga terug naar het overzicht.",
        403 => "Uw rol geeft geen toegang tot deze pagina.",
        400 => "Het verzoek kon niet worden verwerkt. Laad de pagina opnieuw en probeer het nog eens.",
        413 => HttpContext.Items[UploadGrenzen.LimietItem] is long limiet
            ? $"Het bestand is groter dan Leerwerk hier aanneemt: hoogstens {ImportUpload.Size(limiet)} per keer. Er is niets ingelezen. Splits het bestand of verklein het, en kies het opnieuw."
            : "Het bestand is groter dan Leerwerk aanneemt. Er is niets ingelezen. Splits het bestand of verklein het.",
        429 => "Er kwamen in korte tijd te veel verzoeken van uw adres. Wacht een minuut en probeer het dan opnieuw.",
        _ => "Er is een onverwachte fout opgetreden. Er is niets opgeslagen van de laatste handeling. Probeer het opnieuw; blijft het misgaan, meld dan het tijdstip aan de beheerder.",
    };

    /// <summary>For a refused upload: the page the file was sent from, to try again; null otherwise.</summary>
    public string? Terug { get; private set; }

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status413PayloadTooLarge && HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } origineel)
        {
            // Without the query: ?handler=Voorbeeld names a POST handler, the form itself is the page's GET.
            Terug = origineel.OriginalPathBase + origineel.OriginalPath;
        }
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            // The page tells the user to report the time: the log must hold that same time, the path and the exception.
            Tijdstip = clock.GetLocalNow().ToString("dd-MM-yyyy HH:mm:ss", Nl.Culture);
            Kenmerk = HttpContext.TraceIdentifier;
            LogUnhandled(logger, failure.Error, Tijdstip, failure.Path, Kenmerk);
        }

        return Page();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception at {Tijdstip} on {Path} (kenmerk {Kenmerk})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string tijdstip, string path, string kenmerk);
}
