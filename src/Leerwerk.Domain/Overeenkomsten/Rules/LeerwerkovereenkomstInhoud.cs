using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Overeenkomsten.Rules;

/// <summary>
/// E7: the leer-werkovereenkomst sets at least the content, learning goals, duration, period and assessment
/// criteria of the stage, the guidance of the student, and when and how it can be ended early.
/// </summary>
/// <remarks>A concept is not yet the agreement and a replaced one no longer is: both are skipped.</remarks>
public sealed class LeerwerkovereenkomstInhoud : IRule<Dossier>
{
    public string Id => "E7";

    /// <summary>The mandatory parts the agreement lacks, in Dutch; empty when complete.</summary>
    public static IReadOnlyList<string> Missing(Leerwerkovereenkomst plaatsing)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        var missing = new List<string>();
        Require(missing, plaatsing.Inhoud, "de inhoud");
        Require(missing, plaatsing.Leerdoelen, "de leerdoelen");
        if (plaatsing.PlannedHours <= 0)
        {
            missing.Add("de duur (aantal uren)");
        }

        if (plaatsing.StartDate >= plaatsing.EndDate)
        {
            missing.Add("de periode (einddatum na de startdatum)");
        }

        Require(missing, plaatsing.Beoordelingsmaatstaven, "de beoordelingsmaatstaven");
        Require(missing, plaatsing.Begeleiding, "de begeleiding");
        Require(missing, plaatsing.VoortijdigeBeeindiging, "de voortijdige beëindiging");
        return missing;
    }

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var plaatsing in subject.Plaatsingen.Where(p => p.Status is not (LeerwerkovereenkomstStatus.Concept or LeerwerkovereenkomstStatus.Vervangen)))
        {
            var missing = Missing(plaatsing);
            if (missing.Count > 0)
            {
                yield return RuleCatalog.Get(Id, referenceDate).Finding(
                    $"In de leer-werkovereenkomst met {plaatsing.Leerbedrijf?.Name ?? "het leerbedrijf"} (start {Nl.Date(plaatsing.StartDate)}) ontbreekt: {string.Join(", ", missing)}.",
                    subject.Subject);
            }
        }
    }

    private static void Require(List<string> missing, string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            missing.Add(name);
        }
    }
}
