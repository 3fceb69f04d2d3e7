using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerlingen.Intakes.Rules;

/// <summary>
/// B7 (ADVIES): the intake practice of the Elde College. For an LWT student (or one marked lwtBeoogd) whose
/// route start has passed, every intake step the school uses and that has no date is one warning. A school
/// switches steps off in its intake settings; those are not asked for.
/// </summary>
public sealed class IntakeStappen : IRule<Dossier>
{
    public string Id => "B7";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        if (IntakeDeadline.For(student, referenceDate) is not { } deadline || deadline > referenceDate)
        {
            yield break;
        }

        var rule = RuleCatalog.Get(Id, referenceDate);
        foreach (var stap in subject.IntakeInstellingen.UsedSteps().Where(s => student.Intake?.DateOf(s) is null))
        {
            yield return rule.Finding(
                $"Voor de intake van {student.FullName} is geen {IntakeLabels.Of(stap)} vastgelegd (leer-werktraject sinds of beoogd per {Nl.Date(deadline)}).",
                subject.Subject);
        }
    }
}
