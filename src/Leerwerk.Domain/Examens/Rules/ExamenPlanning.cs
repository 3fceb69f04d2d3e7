using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// The exam planning of one student: the cspe day in its window (rule D2), a centraal examen taken in leerjaar 3 and
/// whether it lapses (rule D3). The herkansing choice is checked when it is entered (<see cref="HerkansingKeuze"/>).
/// </summary>
public static class ExamenPlanning
{
    public static readonly IReadOnlyList<IRule<Leerling>> Rules = [new CspeVenster(), new CeLeerjaar3()];

    /// <summary>Every planning finding for the student on a date, errors first.</summary>
    public static IReadOnlyList<Finding> Evaluate(Leerling leerling, DateOnly referenceDate) =>
        FindingOrder.Sort(Rules.SelectMany(rule => rule.Evaluate(leerling, referenceDate)));
}
