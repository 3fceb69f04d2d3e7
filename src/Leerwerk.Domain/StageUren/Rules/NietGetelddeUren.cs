using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren.Telling;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>
/// E4–E6 for hours: approved stage hours that do not count (<see cref="UrenTelling"/>), one finding per reason.
/// Finer ids: <c>E4</c> (not under a leer-werkovereenkomst of the student, or outside its period),
/// <c>E5-UREN</c> (the leerbedrijf had no LWT erkenning for the student's profiel that day),
/// <c>E6-UREN</c> (the agreement was not fully signed on or before that day).
/// </summary>
public sealed class NietGetelddeUren : IRule<Dossier>
{
    public string Id => "E4";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var groep in UrenTelling.Tel(subject).Where(g => g.RuleId is not null).GroupBy(g => g.Reden!.Value).OrderBy(g => g.Key))
        {
            var regels = groep.OrderBy(g => g.Regel.Date).ToList();
            var first = regels[0];
            var rule = RuleCatalog.Get(RuleCatalog.BaseId(first.RuleId!), referenceDate);
            var periode = regels.Count == 1
                ? $"op {Nl.Date(first.Regel.Date)}"
                : $"tussen {Nl.Date(first.Regel.Date)} en {Nl.Date(regels[^1].Regel.Date)}";
            var finding = rule.Finding(
                string.Create(Nl.Culture, $"{Nl.Number(regels.Sum(r => r.Regel.Hours))} goedgekeurde stage-uren op {Telwoord.Dagen(regels.Select(r => r.Regel.Date).Distinct().Count())} {periode} tellen niet mee: {first.Uitleg}."),
                subject.Subject);
            yield return finding with { RuleId = first.RuleId! };
        }
    }
}
