namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// Where the signing of a samenwerkingsovereenkomst stands. The default, <see cref="Vastgelegd"/>, is an agreement the
/// school entered after it was signed outside the app (every agreement from before signing links); only an agreement
/// offered through the app passes through the other states.
/// </summary>
public enum SamenwerkingOndertekenstatus
{
    /// <summary>Signed outside the app (on paper) and recorded: the app asks no signatures.</summary>
    Vastgelegd,

    /// <summary>Its content changed after it was offered: the signatures under the earlier text lapsed; offer it again.</summary>
    Concept,

    /// <summary>Offered: both bevoegde gezagen have a signing link.</summary>
    TerOndertekening,

    /// <summary>Both bevoegde gezagen signed through their links.</summary>
    Getekend,
}
