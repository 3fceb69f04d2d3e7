using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren.Prognose;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>
/// B2: a leer-werkovereenkomst may only start when, with its rooster and the school calendar, the student can still
/// reach 640 hours in 80 days before the exam period of leerjaar 4 (counting the hours already counted before the
/// start). The same forecast as the risk list (<see cref="StageUrenPrognose.Startcheck"/>). An agreement without a
/// rooster is not judged: there is no plan to check yet (E7 asks for the duur).
/// </summary>
public sealed class RuimteVoorMinimumBijStart : IRule<Dossier>
{
    public string Id => "B2";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!StageUrenTotaal.Applies(subject, referenceDate))
        {
            yield break;
        }

        var rule = RuleCatalog.Get(Id, referenceDate);
        foreach (var plaatsing in subject.Plaatsingen.Where(p => p.Rooster.HoursPerWeek > 0
                     && p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen)))
        {
            var check = StageUrenPrognose.Startcheck(subject, plaatsing, referenceDate);
            if (!check.HaaltMinimum)
            {
                yield return rule.Finding(Tekst(check, plaatsing.Leerbedrijf?.Name ?? "het leerbedrijf", plaatsing), subject.Subject);
            }
        }
    }

    /// <summary>The Dutch explanation of a start that leaves too little room; also used by the start check on the student page.</summary>
    public static string Tekst(UrenPrognose check, string bedrijf, Leerwerkovereenkomst plaatsing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(plaatsing);
        return string.Create(Nl.Culture,
            $"Een start bij {bedrijf} op {Nl.Date(plaatsing.StartDate)} met {Nl.Number(plaatsing.Rooster.HoursPerWeek)} uur per week ({Telwoord.Dagen(plaatsing.Rooster.DaysPerWeek)}) geeft vóór de examenperiode ({Nl.Date(check.Horizon)}) hooguit {Nl.Number(check.PrognoseUren)} uur in {Telwoord.Dagen(check.PrognoseDagen)}; het minimum is {Nl.Number(StageUrenPrognose.MinimumUren)} uur in {StageUrenPrognose.MinimumDagen} dagen (nog {Nl.Number(check.UrenTekort)} uur en {Telwoord.Dagen(check.DagenTekort)} tekort).");
    }
}
