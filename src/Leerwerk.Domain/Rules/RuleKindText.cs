namespace Leerwerk.Domain.Rules;

/// <summary>The words staff see for a rule kind: "MOET", "MAG" or "ADVIES", as in RULES.md and the brochure.</summary>
public static class RuleKindText
{
    /// <summary>The label of a kind, e.g. <see cref="RuleKind.Moet"/> → "MOET".</summary>
    public static string Label(RuleKind kind) => kind switch
    {
        RuleKind.Moet => "MOET",
        RuleKind.Mag => "MAG",
        RuleKind.Advies => "ADVIES",
    };
}
