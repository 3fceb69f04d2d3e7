using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>E2: an LWT student has at most 1280 approved stage hours in at most 160 days over leerjaar 3 and 4.</summary>
public sealed class MaximumStageUren : IRule<Dossier>
{
    /// <summary>The legal maximum of clock hours, WVO 2020 art. 2.38 lid 9 (E2's citation); the one place this number is written.</summary>
    public const decimal MaximumHours = 1280m;

    /// <summary>The legal maximum of days, WVO 2020 art. 2.38 lid 9 (E2's citation).</summary>
    public const int MaximumDays = 160;

    public string Id => "E2";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!StageUrenTotaal.Applies(subject, referenceDate))
        {
            yield break;
        }

        var totaal = StageUrenTotaal.Of(subject);
        if (totaal.Hours > MaximumHours || totaal.Days > MaximumDays)
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                string.Create(Nl.Culture, $"{subject.Leerling.FullName} heeft {Nl.Number(totaal.Hours)} goedgekeurde stage-uren op {totaal.Days} dagen; dat is meer dan het maximum van {Nl.Number(MaximumHours)} uur in {MaximumDays} dagen over leerjaar 3 en 4."),
                subject.Subject);
        }
    }
}
