namespace Leerwerk.Web.Ondertekenen;

/// <summary>
/// The status texts both agreement pages show after sending or revoking signing links: one wording for the
/// leer-werkovereenkomst and the samenwerkingsovereenkomst.
/// </summary>
public static class TekenlinkMeldingen
{
    public const string AlleenTerOndertekening = "Links worden alleen verstuurd zolang de overeenkomst ter ondertekening is.";

    /// <summary>After links went out; <paramref name="iedereen"/> says who got one when every signer has an address.</summary>
    public static string Verstuurd(IReadOnlyList<string> missing, string iedereen)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return missing.Count == 0
            ? $" {iedereen}"
            : $" De links gaan per e-mail naar wie een e-mailadres heeft. Geen e-mailadres bekend voor: {string.Join("; ", missing)}.";
    }

    /// <summary>After the links were sent again to whoever has not signed yet.</summary>
    public static string OpnieuwVerstuurd(IReadOnlyList<string> missing, string iedereen) =>
        "De links zijn opnieuw verstuurd; eerdere links werken niet meer." + Verstuurd(missing, iedereen);

    public static string Ingetrokken(Domain.Overeenkomsten.Ondertekeningslink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return $"De link voor {link.RecipientName} is ingetrokken.";
    }
}
