using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Overeenkomsten.Rules;

/// <summary>
/// E6: before the stage starts, the leer-werkovereenkomst is signed by the school's bevoegd gezag,
/// the leerbedrijf, and the student — or, when the student is a minor on the signing date, the
/// legal representatives.
/// </summary>
public sealed class LeerwerkovereenkomstSignedBeforeStart : IRule<Dossier>
{
    public string Id => "E6";

    /// <summary>The parties whose signature is required: the parents for a minor, else the student.</summary>
    public static IReadOnlyList<Partij> RequiredParties(bool minor) =>
        [Partij.BevoegdGezag, Partij.Leerbedrijf, minor ? Partij.WettelijkVertegenwoordiger : Partij.Leerling];

    /// <summary>
    /// The date the agreement was signed by every required party, or null. Also used by the hour count (E6).
    /// </summary>
    public static DateOnly? SignedOn(Leerwerkovereenkomst plaatsing, Leerling leerling) =>
        plaatsing.FullySignedOn(RequiredParties(SignsAsMinor(plaatsing, leerling)));

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
    };

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rule = RuleCatalog.Get(Id, referenceDate);
        foreach (var plaatsing in subject.Plaatsingen.Where(p => p.StartDate <= referenceDate
                     && p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen)))
        {
            var company = plaatsing.Leerbedrijf?.Name ?? "het leerbedrijf";
            var signedOn = SignedOn(plaatsing, subject.Leerling);
            if (signedOn is null)
            {
                var missing = MissingParties(plaatsing, subject.Leerling).Select(PartyName);
                yield return rule.Finding(
                    $"De leer-werkovereenkomst met {company} (start {Nl.Date(plaatsing.StartDate)}) is nog niet getekend door {string.Join(" en ", missing)}; de stage mag pas beginnen als alle partijen hebben getekend.",
                    subject.Subject);
            }
            else if (signedOn > plaatsing.StartDate)
            {
                yield return rule.Finding(
                    $"De leer-werkovereenkomst met {company} is pas op {Nl.Date(signedOn.Value)} volledig getekend, na de start op {Nl.Date(plaatsing.StartDate)}.",
                    subject.Subject);
            }
        }
    }
}
