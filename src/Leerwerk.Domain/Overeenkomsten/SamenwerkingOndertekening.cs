namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The signing of a samenwerkingsovereenkomst through the app: both bevoegde gezagen sign (WVO 2020 art. 2.104; the model
/// agreement is signed "in tweevoud" by the school's and the mbo-instelling's). Offering it sets the date of the text;
/// the second signature makes it getekend; a change of its content voids the signatures under the earlier text.
/// </summary>
public static class SamenwerkingOndertekening
{
    /// <summary>The parties that sign: the school's bevoegd gezag and the mbo-instelling's.</summary>
    public static IReadOnlyList<Partij> Parties { get; } = [Partij.BevoegdGezag, Partij.MboInstelling];

    /// <summary>Offers the agreement for signing; the caller sends the links in the same save.</summary>
    public static void Offer(Samenwerkingsovereenkomst agreement, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        agreement.Ondertekenstatus = SamenwerkingOndertekenstatus.TerOndertekening;
        agreement.AangebodenAt = now;
    }

    /// <summary>True when every party has a signature on the agreement (its signatures loaded).</summary>
    public static bool IsComplete(Samenwerkingsovereenkomst agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return Parties.All(p => agreement.Ondertekeningen.Any(o => o.Partij == p));
    }

    /// <summary>After a signature: getekend when both parties have signed.</summary>
    public static void CompleteIfSigned(Samenwerkingsovereenkomst agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.Ondertekenstatus == SamenwerkingOndertekenstatus.TerOndertekening && IsComplete(agreement))
        {
            agreement.Ondertekenstatus = SamenwerkingOndertekenstatus.Getekend;
        }
    }

    /// <summary>
    /// The content changed: signatures made in the app lapse and an agreement offered or signed in the app goes back to
    /// concept. Returns the signatures to remove. One recorded as signed outside the app stays so.
    /// </summary>
    public static IReadOnlyList<Ondertekening> Void(Samenwerkingsovereenkomst agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var lapsed = agreement.Ondertekeningen.ToList();
        if (agreement.Ondertekenstatus is SamenwerkingOndertekenstatus.TerOndertekening or SamenwerkingOndertekenstatus.Getekend)
        {
            agreement.Ondertekenstatus = SamenwerkingOndertekenstatus.Concept;
        }

        agreement.Ondertekeningen.Clear();
        return lapsed;
    }
}
