using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// D2 (MOET): the cspe of the profielvak is taken in its window, which opens no earlier than 1 April of the exam year
/// (UB WVO 2020 art. 3.17 lid 2). A planned cspe day before 1 April of its school year is an error; a day in the
/// window is stated as met, so the planning page shows the check was made.
/// </summary>
public sealed class CspeVenster : IRule<Leerling>
{
    public string Id => "D2";

    /// <summary>The first day of the cspe window of the school year <paramref name="datum"/> falls in: 1 April.</summary>
    public static DateOnly VensterVanaf(DateOnly datum) => new(Schoolkalender.SchooljaarVan(datum) + 1, 4, 1);

    public IEnumerable<Finding> Evaluate(Leerling subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rule = RuleCatalog.Get(Id, referenceDate);
        foreach (var vak in subject.Vakken.Where(v => v.Soort == VakSoort.Profielvak && v.CeDatum is not null))
        {
            var datum = vak.CeDatum!.Value;
            var vanaf = VensterVanaf(datum);
            yield return datum < vanaf
                ? rule.Finding(
                    $"Het cspe {vak.Name} van {subject.FullName} staat op {Nl.Date(datum)}, vóór {Nl.Date(vanaf)}: het afnamevenster van het cspe begint niet eerder.",
                    Onderwerp(subject))
                : rule.Finding(
                    $"Het cspe {vak.Name} van {subject.FullName} staat op {Nl.Date(datum)}, in het afnamevenster (vanaf {Nl.Date(vanaf)}).",
                    Onderwerp(subject),
                    Severity.Info);
        }
    }

    internal static string Onderwerp(Leerling leerling) => $"Leerling {leerling.Leerlingnummer} ({leerling.FullName})";
}
