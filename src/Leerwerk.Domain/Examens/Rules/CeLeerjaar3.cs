using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// D3 (MAG): a centraal examen (the cspe among them) may be taken in leerjaar 3, and it lapses if the student is not
/// promoted (WVO 2020 art. 2.56 lid 4, UB art. 3.36). The school year of the CE is that of its day, or of the reference
/// date when no day is planned. Still in leerjaar 3 in a later school year: not promoted, the CE has lapsed (a warning:
/// it must be taken again). In leerjaar 3 in the same school year: it counts only after promotion (information).
/// In leerjaar 4 or later after that school year: promoted, the CE stands (information).
/// </summary>
public sealed class CeLeerjaar3 : IRule<Leerling>
{
    public string Id => "D3";

    public IEnumerable<Finding> Evaluate(Leerling subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rule = RuleCatalog.Get(Id, referenceDate);
        var nu = Schoolkalender.SchooljaarVan(referenceDate);
        foreach (var vak in subject.Vakken.Where(v => v.CeInLeerjaar3 && v.HeeftCe))
        {
            var afgelegd = Schoolkalender.SchooljaarVan(vak.CeDatum ?? referenceDate);
            var examen = vak.Soort == VakSoort.Profielvak ? $"het cspe {vak.Name}" : $"het centraal examen {vak.Name}";
            if (subject.Leerjaar <= 3 && afgelegd < nu)
            {
                yield return rule.Finding(
                    $"{Nl.Sentence(examen)} is in leerjaar 3 afgelegd ({Schooljaar(afgelegd)}), maar {subject.FullName} is niet bevorderd: het vervalt en moet in leerjaar 4 opnieuw worden afgelegd.",
                    CspeVenster.Onderwerp(subject),
                    Severity.Warning);
            }
            else if (subject.Leerjaar <= 3)
            {
                yield return rule.Finding(
                    $"{Nl.Sentence(examen)} wordt in leerjaar 3 afgelegd: het telt alleen als {subject.FullName} wordt bevorderd naar leerjaar 4, anders vervalt het.",
                    CspeVenster.Onderwerp(subject));
            }
            else
            {
                yield return rule.Finding(
                    $"{Nl.Sentence(examen)} is in leerjaar 3 afgelegd ({Schooljaar(afgelegd)}); {subject.FullName} is bevorderd, dus het blijft staan.",
                    CspeVenster.Onderwerp(subject));
            }
        }
    }

    private static string Schooljaar(int jaar) => $"schooljaar {jaar}-{jaar + 1}";
}
