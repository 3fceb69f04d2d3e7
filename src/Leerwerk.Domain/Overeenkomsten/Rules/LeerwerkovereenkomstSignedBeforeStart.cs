using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Overeenkomsten.Rules;

/// <summary>
/// E6: before the stage starts, the leer-werkovereenkomst is signed by the school's bevoegd gezag,
/// the leerbedrijf, and the student — or, when the student is a minor on the signing date, the
/// legal representatives. Who must sign and when it was fully signed is <see cref="Ondertekenaars"/>.
/// </summary>
public sealed class LeerwerkovereenkomstSignedBeforeStart : IRule<Dossier>
{
    public string Id => "E6";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rule = RuleCatalog.Get(Id, referenceDate);
        foreach (var plaatsing in subject.Plaatsingen.Where(p => p.StartDate <= referenceDate
                     && p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen)))
        {
            var company = plaatsing.Leerbedrijf?.Name ?? "het leerbedrijf";
            var signedOn = Ondertekenaars.SignedOn(plaatsing, subject.Leerling);
            if (signedOn is null)
            {
                var missing = Ondertekenaars.MissingParties(plaatsing, subject.Leerling).Select(Ondertekenaars.PartyName);
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
