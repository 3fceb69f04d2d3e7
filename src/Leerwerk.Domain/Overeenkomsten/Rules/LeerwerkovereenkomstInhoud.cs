using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Overeenkomsten.Rules;

/// <summary>
/// E7: the leer-werkovereenkomst sets at least the content, learning goals, duration, period and assessment
/// criteria of the stage, the guidance of the student, and when and how it can be ended early.
/// </summary>
/// <remarks>What is mandatory is <see cref="VerplichteInhoud"/>. A concept is not yet the agreement and a replaced one no longer is: both are skipped.</remarks>
public sealed class LeerwerkovereenkomstInhoud : IRule<Dossier>
{
    public string Id => "E7";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var plaatsing in subject.Plaatsingen.Where(p => p.Status is not (LeerwerkovereenkomstStatus.Concept or LeerwerkovereenkomstStatus.Vervangen)))
        {
            var missing = VerplichteInhoud.Missing(plaatsing);
            if (missing.Count > 0)
            {
                yield return RuleCatalog.Get(Id, referenceDate).Finding(
                    $"In de leer-werkovereenkomst met {plaatsing.Leerbedrijf?.Name ?? "het leerbedrijf"} (start {Nl.Date(plaatsing.StartDate)}) ontbreekt: {string.Join(", ", missing)}.",
                    subject.Subject);
            }
        }
    }
}
