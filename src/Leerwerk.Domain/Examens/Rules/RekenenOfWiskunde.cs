using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>C8: a student without wiskunde takes the schoolexamen rekenen; any rekenen grade is fine (there is no minimum).</summary>
public sealed class RekenenOfWiskunde : IRule<Dossier>
{
    public string Id => "C8";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (Programma.Applies(subject, referenceDate)
            && subject.Leerling.Vakken.All(v => v.Soort is not (VakSoort.Wiskunde or VakSoort.Rekenen)))
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"Het programma van {subject.Leerling.FullName} bevat geen wiskunde en geen schoolexamen rekenen; zonder rekenen is het examen onvolledig.",
                subject.Subject);
        }
    }
}
