using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// C3 (MAG): the school may add other BB subjects, wholly (with PTA, SE and CE) or partly (without). Each
/// extra subject is shown as an allowed choice, so staff see the freedom was used and how.
/// </summary>
public sealed class ExtraVakken : IRule<Dossier>
{
    public string Id => "C3";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Programma.Applies(subject, referenceDate))
        {
            yield break;
        }

        foreach (var vak in subject.Leerling.Vakken.Where(v => v.Deel == VakDeel.Extra).OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            var how = vak.IsPartial
                ? "gedeeltelijk, zonder PTA, schoolexamen of centraal examen"
                : "helemaal, met PTA, schoolexamen en centraal examen";
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"{subject.Leerling.FullName} volgt {vak.Name} als extra vak, {how}: toegestaan na overleg met de leerling of de ouders.",
                subject.Subject);
        }
    }
}
