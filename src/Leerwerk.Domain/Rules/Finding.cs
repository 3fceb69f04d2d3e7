namespace Leerwerk.Domain.Rules;

/// <summary>
/// What a rule says about one concrete subject (this student, this agreement): the rule id from the
/// catalogue, its kind, how serious it is, a Dutch message and the article it rests on.
/// </summary>
/// <param name="RuleId">The catalogue id, e.g. "E6", or a finer documented id such as "D7-LWT".</param>
/// <param name="Kind">MOET, MAG or ADVIES.</param>
/// <param name="Severity">Error only for a breach of a MOET rule.</param>
/// <param name="Message">A Dutch sentence about the subject, naming it.</param>
/// <param name="Citation">The article in force (and the old one).</param>
/// <param name="Subject">What the finding is about, e.g. "Leerling 20231 (Sanne de Vries)".</param>
public sealed record Finding(
    string RuleId,
    RuleKind Kind,
    Severity Severity,
    string Message,
    LegalCitation Citation,
    string? Subject = null)
{
    /// <summary>True when the law is breached: the thing may not go ahead.</summary>
    public bool IsBlocking => Kind == RuleKind.Moet && Severity == Severity.Error;
}
