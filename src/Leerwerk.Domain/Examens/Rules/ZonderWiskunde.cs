using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// C10 (MAG): an LWT without wiskunde is fine: since 2020 every mbo niveau 2 course is open without it. Shown
/// as allowed when the programme has rekenen and no wiskunde (no rekenen either is C8's error).
/// </summary>
public sealed class ZonderWiskunde : IRule<Dossier>
{
    public string Id => "C10";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var vakken = subject.Leerling.Vakken;
        if (Programma.Applies(subject, referenceDate)
            && vakken.All(v => v.Soort != VakSoort.Wiskunde)
            && vakken.Any(v => v.Soort == VakSoort.Rekenen))
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"{subject.Leerling.FullName} volgt rekenen en geen wiskunde: toegestaan, zonder wiskunde staat elke mbo-opleiding op niveau 2 open.",
                subject.Subject);
        }
    }
}
