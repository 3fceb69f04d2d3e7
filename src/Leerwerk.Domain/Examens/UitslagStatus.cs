namespace Leerwerk.Domain.Examens;

/// <summary>The state of a candidate's result.</summary>
public enum UitslagStatus
{
    /// <summary>Every condition of the applied rule is met and the exam is complete.</summary>
    Geslaagd,

    /// <summary>The exam is complete and at least one condition of the applied rule is not met.</summary>
    Afgewezen,

    /// <summary>A grade, a subject or the schoolexamen rekenen is missing: neither a pass nor a fail (UB 10.3).</summary>
    Onvolledig,

    /// <summary>The input cannot be judged: a grade outside 1,0–10,0, too many decimals, an unknown kind, no Nederlands.</summary>
    Ongeldig,
}
