using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerbedrijven.Rules;

/// <summary>
/// F3: a company that hosts LWT students meets the criteria a–k of UB WVO 2020 art. 2.64 lid 1. Per company: an error
/// for each criterion whose latest recorded assessment (on or before the date) says it is not met, and a warning
/// listing the criteria never assessed, since the school then has no record that they are. In a student's dossier:
/// the errors of the companies the student's stage runs at now (the record-keeping warning stays on the company page).
/// </summary>
public sealed class KwaliteitseisenVoldaan : IRule<Leerbedrijf>, IRule<Dossier>
{
    public string Id => "F3";

    public IEnumerable<Finding> Evaluate(Leerbedrijf subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rule = RuleCatalog.Get(Id, referenceDate);
        var latest = Kwaliteitseisen.Latest(subject.Kwaliteitseisen.Where(k => k.AssessedOn <= referenceDate));
        foreach (var finding in NietVoldaan(subject, latest, rule, subject.Name))
        {
            yield return finding;
        }

        var unknown = Kwaliteitseisen.All.Select(e => e.Letter).Where(l => !latest.ContainsKey(l)).ToList();
        if (unknown.Count > 0)
        {
            yield return rule.Finding(
                $"Voor {subject.Name} is nog niet vastgelegd of het bedrijf voldoet aan {(unknown.Count == 1 ? "eis" : "de eisen")} {string.Join(", ", unknown)}.",
                subject.Name,
                Severity.Warning);
        }
    }

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rule = RuleCatalog.Get(Id, referenceDate);
        return ErkenningFindings.Bedrijven(subject, referenceDate).SelectMany(bedrijf => NietVoldaan(
            bedrijf, Kwaliteitseisen.Latest(bedrijf.Kwaliteitseisen.Where(k => k.AssessedOn <= referenceDate)), rule, subject.Subject));
    }

    private static IEnumerable<Finding> NietVoldaan(
        Leerbedrijf bedrijf, IReadOnlyDictionary<string, KwaliteitseisBeoordeling> latest, RuleDefinition rule, string subject)
    {
        foreach (var (letter, text) in Kwaliteitseisen.All)
        {
            if (latest.TryGetValue(letter, out var beoordeling) && !beoordeling.IsMet)
            {
                yield return rule.Finding(
                    $"{bedrijf.Name} voldoet volgens de beoordeling van {Nl.Date(beoordeling.AssessedOn)}{(beoordeling.Source is null ? "" : $" ({beoordeling.Source})")} niet aan eis {letter}: {text}",
                    subject);
            }
        }
    }
}
