using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// C7 (MAG): a keuzevak may be taught wholly or partly outside school, e.g. at the leerbedrijf; the teacher
/// stays responsible for assessing it by the PTA. Allowed when a teacher is named; a warning (never an error:
/// the freedom itself is lawful) asks to record the teacher when none is.
/// </summary>
public sealed class KeuzevakBuitenSchool : IRule<Dossier>
{
    public string Id => "C7";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Programma.Applies(subject, referenceDate))
        {
            yield break;
        }

        var rule = RuleCatalog.Get(Id, referenceDate);
        foreach (var vak in subject.Leerling.Vakken.Where(v => v.Soort == VakSoort.Keuzevak && v.OutsideSchool))
        {
            yield return string.IsNullOrWhiteSpace(vak.AssessingTeacher)
                ? rule.Finding(
                    $"Het keuzevak {vak.Name} wordt (deels) buiten school gevolgd, maar er is geen docent vastgelegd die het volgens het PTA beoordeelt.",
                    subject.Subject, Severity.Warning)
                : rule.Finding(
                    $"Het keuzevak {vak.Name} wordt (deels) buiten school gevolgd en {vak.AssessingTeacher} beoordeelt het volgens het PTA: toegestaan.",
                    subject.Subject);
        }
    }
}
