namespace Leerwerk.Domain.Rules;

/// <summary>What the law does with a rule: demand it, allow it, or only advise it ("wat moet en wat mag").</summary>
public enum RuleKind
{
    /// <summary>A legal requirement; a violation is an error.</summary>
    Moet,

    /// <summary>A legal freedom; the product allows it and never flags it.</summary>
    Mag,

    /// <summary>Practice from the brochure; a hint the school can switch off or tune.</summary>
    Advies,
}
