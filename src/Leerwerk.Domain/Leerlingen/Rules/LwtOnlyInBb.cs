using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerlingen.Rules;

/// <summary>A1: a leer-werktraject exists only within the basisberoepsgerichte leerweg.</summary>
public sealed class LwtOnlyInBb : IRule<Dossier>
{
    public string Id => "A1";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        if (student.RouteOn(referenceDate) == Leerroute.LeerWerktraject && student.Leerweg != Leerweg.Bb)
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"{student.FullName} volgt een leer-werktraject, maar zit in de {student.Leerweg.ToString().ToUpperInvariant()}: een LWT bestaat alleen binnen de basisberoepsgerichte leerweg.",
                subject.Subject);
        }
    }
}
