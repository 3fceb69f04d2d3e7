namespace Leerwerk.Domain.Rules;

/// <summary>
/// One entry of the catalogue "wat moet en wat mag": the RULES.md id, its area, kind, Dutch text,
/// citation, the period in which this version is the law, and where the product checks it.
/// </summary>
/// <param name="Id">A1 … H5.</param>
/// <param name="Area">The letter of the area, "A" … "H".</param>
/// <param name="Kind">MOET, MAG or ADVIES.</param>
/// <param name="Text">The rule in one or two Dutch sentences a coordinator would sign off on.</param>
/// <param name="Citation">The article in force (and the old one in brackets).</param>
/// <param name="CheckedIn">The places in the product where the rule is checked or shown, in Dutch.</param>
public sealed record RuleDefinition(
    string Id,
    string Area,
    RuleKind Kind,
    string Text,
    LegalCitation Citation,
    IReadOnlyList<string> CheckedIn)
{
    /// <summary>The dates in which this version applies; most rules are unchanged since their start.</summary>
    public ValidityPeriod Period { get; init; } = ValidityPeriod.Always;

    /// <summary>A finding of this rule about a subject, with the severity its kind implies.</summary>
    public Finding Finding(string message, string? subject = null, Severity? severity = null) =>
        new(Id, Kind, severity ?? DefaultSeverity, message, Citation, subject);

    private Severity DefaultSeverity => Kind switch
    {
        RuleKind.Moet => Severity.Error,
        RuleKind.Advies => Severity.Warning,
        RuleKind.Mag => Severity.Info,
    };
}
