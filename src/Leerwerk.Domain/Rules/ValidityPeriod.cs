namespace Leerwerk.Domain.Rules;

/// <summary>The dates between which a version of a rule is the law (both ends inclusive; null is open).</summary>
public sealed record ValidityPeriod(DateOnly? From, DateOnly? Until)
{
    public static readonly ValidityPeriod Always = new(null, null);

    public bool Contains(DateOnly date) =>
        (From is null || date >= From) && (Until is null || date <= Until);
}
