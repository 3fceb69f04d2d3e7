using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerlingen.Intakes.Rules;

/// <summary>
/// B8 (ADVIES): a toelatingscommissie decides on admission. Warns when an LWT student (or one marked
/// lwtBeoogd) whose route start has passed has no recorded decision; and shows every refused student with
/// the alternative (rule B7) so staff see that the student was not admitted.
/// </summary>
public sealed class ToelatingscommissieBesluit : IRule<Dossier>
{
    public string Id => "B8";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        var intake = student.Intake;
        if (intake?.Besluit == IntakeBesluit.Afgewezen)
        {
            var alternatief = intake.Alternatief is { } a ? IntakeLabels.Of(a) : "geen alternatief vastgelegd";
            var reden = string.IsNullOrWhiteSpace(intake.BesluitReden) ? string.Empty : $" Reden: {intake.BesluitReden.Trim()}";
            var op = intake.BesluitDate is { } d ? $" op {Nl.Date(d)}" : string.Empty;
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"De toelatingscommissie heeft {student.FullName}{op} afgewezen voor het leer-werktraject; alternatief: {alternatief}.{reden}",
                subject.Subject);
            yield break;
        }

        if (intake?.Besluit is not null
            || IntakeDeadline.For(student, referenceDate) is not { } deadline || deadline > referenceDate)
        {
            yield break;
        }

        yield return RuleCatalog.Get(Id, referenceDate).Finding(
            $"Er is geen besluit van de toelatingscommissie over {student.FullName} vastgelegd (leer-werktraject sinds of beoogd per {Nl.Date(deadline)}).",
            subject.Subject);
    }
}
