using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>B6: the out-of-school practical part (placements and stage hours) happens only in leerjaar 3 and 4.</summary>
public sealed class StageOnlyInBovenbouw : IRule<Dossier>
{
    public string Id => "B6";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        if (student.Leerjaar >= 3)
        {
            yield break;
        }

        var rule = RuleCatalog.Get(Id, referenceDate);
        foreach (var plaatsing in subject.Plaatsingen.Where(p => p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen)))
        {
            yield return rule.Finding(
                $"{student.FullName} zit in leerjaar {student.Leerjaar}, maar heeft een leer-werkovereenkomst met {plaatsing.Leerbedrijf?.Name ?? "een leerbedrijf"} (start {Nl.Date(plaatsing.StartDate)}); stage hoort alleen in leerjaar 3 en 4.",
                subject.Subject);
        }

        var uren = subject.Uren.Where(u => u.Status != UrenStatus.Afgekeurd && u.Hours > 0).Sum(u => u.Hours);
        if (uren > 0)
        {
            yield return rule.Finding(
                $"{student.FullName} zit in leerjaar {student.Leerjaar}, maar er zijn {Nl.Number(uren)} stage-uren geregistreerd; stage hoort alleen in leerjaar 3 en 4.",
                subject.Subject);
        }
    }
}
