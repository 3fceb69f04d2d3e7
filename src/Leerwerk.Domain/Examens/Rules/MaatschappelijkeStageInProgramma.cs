using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>C4 (MAG): a maatschappelijke stage may be part of the LWT programme; shown as allowed when it is.</summary>
public sealed class MaatschappelijkeStageInProgramma : IRule<Dossier>
{
    public string Id => "C4";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (Programma.Applies(subject, referenceDate) && subject.Leerling.MaatschappelijkeStage)
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"De maatschappelijke stage maakt deel uit van het programma van {subject.Leerling.FullName}: toegestaan.",
                subject.Subject);
        }
    }
}
