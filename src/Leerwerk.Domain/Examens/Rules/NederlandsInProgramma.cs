using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>C1: the programme of an LWT student in leerjaar 3 or 4 includes Nederlandse taal.</summary>
public sealed class NederlandsInProgramma : IRule<Dossier>
{
    public string Id => "C1";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (Programma.Applies(subject, referenceDate) && Programma.Counted(subject).All(v => v.Soort != VakSoort.Nederlands))
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"Het programma van {subject.Leerling.FullName} (leerjaar {subject.Leerling.Leerjaar}) bevat geen Nederlands; een leer-werktraject omvat altijd Nederlandse taal.",
                subject.Subject);
        }
    }
}
