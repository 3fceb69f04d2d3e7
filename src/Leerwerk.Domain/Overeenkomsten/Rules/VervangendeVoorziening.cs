using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Overeenkomsten.Rules;

/// <summary>
/// E11: when a placement cannot go on as agreed, the school provides an adequate replacement. A replaced
/// agreement must record the cause and the replacing placement; an agreement ended early while the student is
/// still in the LWT needs a placement that takes over.
/// </summary>
public sealed class VervangendeVoorziening : IRule<Dossier>
{
    public string Id => "E11";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rule = RuleCatalog.Get(Id, referenceDate);
        foreach (var plaatsing in subject.Plaatsingen)
        {
            var company = plaatsing.Leerbedrijf?.Name ?? "het leerbedrijf";
            if (plaatsing.Status == LeerwerkovereenkomstStatus.Vervangen)
            {
                if (string.IsNullOrWhiteSpace(plaatsing.EndReason))
                {
                    yield return rule.Finding(
                        $"De leer-werkovereenkomst met {company} is vervangen, maar de oorzaak is niet vastgelegd.",
                        subject.Subject);
                }

                if (plaatsing.ReplacedBy is null && plaatsing.ReplacedById is null)
                {
                    yield return rule.Finding(
                        $"De leer-werkovereenkomst met {company} is vervangen, maar er is geen vervangende plaatsing gekoppeld.",
                        subject.Subject);
                }
            }
            else if (EndedEarlyWithoutSuccessor(subject, plaatsing, referenceDate))
            {
                yield return rule.Finding(
                    $"De leer-werkovereenkomst met {company} is op {Nl.Date(plaatsing.EndedOn!.Value)} voortijdig beëindigd en {subject.Leerling.FullName} volgt nog een leer-werktraject: zorg na overleg met SBB voor een vervangende plaats.",
                    subject.Subject);
            }
        }
    }

    private static bool EndedEarlyWithoutSuccessor(Dossier dossier, Leerwerkovereenkomst plaatsing, DateOnly date) =>
        plaatsing.Status == LeerwerkovereenkomstStatus.Beeindigd
        && plaatsing.EndedOn is { } ended
        && ended < plaatsing.EndDate
        && ended <= date
        && date <= plaatsing.EndDate
        && dossier.Leerling.RouteOn(date) == Leerroute.LeerWerktraject
        && !dossier.Plaatsingen.Any(p => !ReferenceEquals(p, plaatsing)
            && p.EndDate >= date
            && p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen));
}
