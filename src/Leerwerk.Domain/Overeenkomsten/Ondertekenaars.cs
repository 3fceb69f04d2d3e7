using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// Who must sign a leer-werkovereenkomst and the day it was fully signed (WVO 2020 art. 2.103 lid 6; rule E6). One
/// computation for the rule E6, the status machine (<see cref="Levensloop"/>), the hour count (a day counts only
/// after signing) and the pages; it lives with the agreement, not on a rule class, so each of them depends on it
/// and not on one another.
/// </summary>
public static class Ondertekenaars
{
    /// <summary>The parties whose signature is required: the parents for a minor, else the student.</summary>
    public static IReadOnlyList<Partij> RequiredParties(bool minor) =>
        [Partij.BevoegdGezag, Partij.Leerbedrijf, minor ? Partij.WettelijkVertegenwoordiger : Partij.Leerling];

    /// <summary>The date the agreement was signed by every required party, or null.</summary>
    public static DateOnly? SignedOn(Leerwerkovereenkomst plaatsing, Leerling leerling)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        return plaatsing.FullySignedOn(RequiredParties(SignsAsMinor(plaatsing, leerling)));
    }

    /// <summary>
    /// Whether the student counts as a minor for this agreement: on the day the student's side signed, or, while
    /// unsigned, on the start date (UB: "minderjarig" when signing).
    /// </summary>
    public static bool SignsAsMinor(Leerwerkovereenkomst plaatsing, Leerling leerling)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        ArgumentNullException.ThrowIfNull(leerling);
        var studentSide = plaatsing.Ondertekeningen
            .Where(o => o.Partij is Partij.Leerling or Partij.WettelijkVertegenwoordiger)
            .Select(o => (DateOnly?)o.SignedOn)
            .Min();
        return leerling.IsMinorOn(studentSide ?? plaatsing.StartDate);
    }

    /// <summary>The required parties that have not signed yet; empty when the agreement is fully signed.</summary>
    public static IReadOnlyList<Partij> MissingParties(Leerwerkovereenkomst plaatsing, Leerling leerling) =>
        [.. RequiredParties(SignsAsMinor(plaatsing, leerling)).Where(p => plaatsing.Ondertekeningen.All(o => o.Partij != p))];

    /// <summary>The Dutch name of a party as findings and refusals use it.</summary>
    public static string PartyName(Partij partij) => partij switch
    {
        Partij.BevoegdGezag => "het bevoegd gezag van de school",
        Partij.Leerling => "de leerling",
        Partij.WettelijkVertegenwoordiger => "de ouders of wettelijk vertegenwoordigers (de leerling is minderjarig)",
        Partij.Leerbedrijf => "het leerbedrijf",
        Partij.MboInstelling => "het bevoegd gezag van de mbo-instelling",
    };
}
