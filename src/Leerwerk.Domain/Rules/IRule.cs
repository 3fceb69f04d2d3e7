namespace Leerwerk.Domain.Rules;

/// <summary>
/// One executable rule of the law. It returns findings and never throws for a business "no".
/// The reference date is the day the subject is judged on; it decides which version of the law applies.
/// </summary>
/// <typeparam name="T">What the rule judges: a dossier, an agreement, an exam.</typeparam>
public interface IRule<in T>
{
    /// <summary>The catalogue id (RULES.md): A1 … H5.</summary>
    string Id { get; }

    IEnumerable<Finding> Evaluate(T subject, DateOnly referenceDate);
}
