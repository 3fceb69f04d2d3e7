using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerbedrijven.Rules;

/// <summary>The rules about one leerbedrijf, as its page shows them (F1, F2, F3).</summary>
public static class LeerbedrijfRules
{
    public static readonly IReadOnlyList<IRule<Leerbedrijf>> All =
    [
        new HerbeoordelingTeLaat(),
        new ErkenningVervallen(),
        new KwaliteitseisenVoldaan(),
    ];

    /// <summary>Every finding for the company on the date, in the one order of <see cref="FindingOrder"/>. Needs erkenningen, kwaliteitseisen and hosting periods loaded.</summary>
    public static IReadOnlyList<Finding> Evaluate(Leerbedrijf bedrijf, DateOnly date) =>
        FindingOrder.Sort(All.SelectMany(rule => rule.Evaluate(bedrijf, date)));
}
