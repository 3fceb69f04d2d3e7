using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens;

/// <summary>
/// One condition checked for one candidate, met or not: the RULES.md id (or a finer id documented in
/// docs/uitslag.md), its kind, a Dutch message about this candidate and the article it rests on.
/// </summary>
/// <param name="RuleId">"D4", "C8", "D-BB-a", "D7-LWT", …</param>
/// <param name="Met">True when the condition holds for this candidate.</param>
/// <param name="Kind">MOET, MAG or ADVIES.</param>
/// <param name="Severity">Error for an unmet legal requirement, Warning for a point of doubt, else Info.</param>
/// <param name="Message">A Dutch sentence with decimal commas, e.g. "CE-gemiddelde 5,48 is lager dan 5,5".</param>
/// <param name="Citation">The article in force (and the old one).</param>
/// <param name="Field">For invalid input: the field, e.g. "subjects[3].ce"; otherwise null.</param>
public sealed record UitslagReden(
    string RuleId,
    bool Met,
    RuleKind Kind,
    Severity Severity,
    string Message,
    LegalCitation Citation,
    string? Field = null);
