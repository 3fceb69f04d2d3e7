namespace Leerwerk.Domain.Rules;

/// <summary>
/// The one order of findings on every page, document and CLI output: MOET before ADVIES before MAG; within a kind
/// errors before warnings before information; then the rule in catalogue order (a finer id such as "E6-UREN" with
/// its catalogue id, ids outside the catalogue last); then the subject and the message, so that the order never
/// depends on the order in which rules happen to run.
/// </summary>
public static class FindingOrder
{
    public static IComparer<Finding> Comparer { get; } = Comparer<Finding>.Create(Compare);

    /// <summary>The findings in the one order.</summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) => [.. findings.Order(Comparer)];

    private static int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = KindRank(x.Kind).CompareTo(KindRank(y.Kind));
        order = order != 0 ? order : y.Severity.CompareTo(x.Severity);
        order = order != 0 ? order : RuleCatalog.Position(x.RuleId).CompareTo(RuleCatalog.Position(y.RuleId));
        order = order != 0 ? order : string.CompareOrdinal(x.RuleId, y.RuleId);
        order = order != 0 ? order : string.CompareOrdinal(x.Subject, y.Subject);
        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }

    private static int KindRank(RuleKind kind) => kind switch
    {
        RuleKind.Moet => 0,
        RuleKind.Advies => 1,
        RuleKind.Mag => 2,
    };
}
