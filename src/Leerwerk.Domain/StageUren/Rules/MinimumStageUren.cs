using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren.Prognose;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>
/// E1: an LWT student has at least 640 approved stage hours in at least 80 days over leerjaar 3 and 4;
/// an error once the exam period of leerjaar 4 has started (1 April), before that a warning with what is still needed
/// when the forecast of the planned rooster does not reach the minimum in time.
/// </summary>
public sealed class MinimumStageUren : IRule<Dossier>
{
    /// <summary>The legal minimum of clock hours, WVO 2020 art. 2.38 lid 9 (E1's citation); the one place this number is written.</summary>
    public const decimal MinimumHours = 640m;

    /// <summary>The legal minimum of days, WVO 2020 art. 2.38 lid 9 (E1's citation).</summary>
    public const int MinimumDays = 80;

    public string Id => "E1";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!StageUrenTotaal.Applies(subject, referenceDate))
        {
            yield break;
        }

        var totaal = StageUrenTotaal.Of(subject);
        if (totaal.Hours >= MinimumHours && totaal.Days >= MinimumDays)
        {
            yield break;
        }

        // The exam period of the student's own leerjaar 4: for a leerjaar-3 student that is next school year's.
        var examPeriod = StageUrenPrognose.ExamenperiodeLeerjaar4(subject, referenceDate);
        var examStarted = subject.Leerling.Leerjaar == 4 && referenceDate >= examPeriod;
        // Before the exam period a student still short of the minimum is on track when the forecast (the risk list's)
        // reaches it in time: only a student who will not make it with the planned rooster is warned.
        if (!examStarted && StageUrenPrognose.Bereken(subject, referenceDate).HaaltMinimum)
        {
            yield break;
        }

        var nodig = new List<string>();
        if (totaal.Hours < MinimumHours)
        {
            nodig.Add($"nog {Nl.Number(MinimumHours - totaal.Hours)} uur nodig");
        }

        if (totaal.Days < MinimumDays)
        {
            nodig.Add(string.Create(Nl.Culture, $"nog {MinimumDays - totaal.Days} dagen nodig"));
        }

        var stand = string.Create(Nl.Culture,
            $"{subject.Leerling.FullName} heeft {Nl.Number(totaal.Hours)} goedgekeurde stage-uren op {totaal.Days} dagen; {string.Join(" en ", nodig)} (minimaal {Nl.Number(MinimumHours)} uur in {MinimumDays} dagen)");
        var rule = RuleCatalog.Get(Id, referenceDate);
        yield return examStarted
            ? rule.Finding($"{stand}, en de examenperiode is begonnen.", subject.Subject)
            : rule.Finding($"{stand}, vóór de examenperiode ({Nl.Date(examPeriod)} in leerjaar 4).", subject.Subject, Severity.Warning);
    }
}
