using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren.Prognose;
using Leerwerk.Domain.StageUren.Telling;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>
/// E3 (ADVIES), the school's policy of hours per school year (<see cref="StageurenBeleid"/>): a hint when the
/// forecast for the current school year (counted plus planned, up to the exam period in leerjaar 4) stays below
/// the policy, and when a past school year of leerjaar 3 ended below it. Off when the school switched it off.
/// </summary>
public sealed class StageUrenPerSchooljaar : IRule<Dossier>
{
    public string Id => "E3";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var doel = subject.Beleid.UrenPerSchooljaar;
        if (doel is null || !StageUrenTotaal.Applies(subject, referenceDate))
        {
            yield break;
        }

        var rule = RuleCatalog.Get(Id, referenceDate);
        var jaar = Schoolkalender.SchooljaarVan(referenceDate);
        if (subject.Leerling.Leerjaar == 4)
        {
            var vorig = UrenTelling.Tel(subject).Where(g => g.Telt && Schoolkalender.SchooljaarVan(g.Regel.Date) == jaar - 1).Sum(g => g.Regel.Hours);
            if (vorig < doel)
            {
                yield return rule.Finding(
                    $"{subject.Leerling.FullName} had in schooljaar {Schoolkalender.Label(jaar - 1)} (leerjaar 3) {Nl.Number(vorig)} meetellende stage-uren; het schoolbeleid is {Nl.Number(doel.Value)} uur per schooljaar.",
                    subject.Subject);
            }
        }

        var prognose = StageUrenPrognose.Bereken(subject, referenceDate);
        if (!prognose.HaaltBeleid)
        {
            yield return rule.Finding(
                $"{subject.Leerling.FullName} komt met het geplande rooster in schooljaar {Schoolkalender.Label(jaar)} op {Nl.Number(prognose.JaarPrognose)} uur; het schoolbeleid is {Nl.Number(doel.Value)} uur per schooljaar (nog {Nl.Number(prognose.JaarTekort)} uur).",
                subject.Subject);
        }
    }
}
