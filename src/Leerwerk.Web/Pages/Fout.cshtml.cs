using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages;

/// <summary>The Dutch error page for every status code and for unhandled exceptions; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class FoutModel : PageModel
{
    public int Code { get; private set; }

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
        413 => "Het bestand is groter dan Leerwerk aanneemt. Splits het bestand of verklein het.",
        429 => "Er kwamen in korte tijd te veel verzoeken van uw adres. Wacht een minuut en probeer het dan opnieuw.",
        _ => "Er is een onverwachte fout opgetreden. Er is niets opgeslagen van de laatste handeling. Probeer het opnieuw; blijft het misgaan, meld dan het tijdstip aan de beheerder.",
    };

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
        return Page();
    }
}
