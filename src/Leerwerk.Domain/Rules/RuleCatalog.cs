using Leerwerk.Domain.Rules.Catalog;

namespace Leerwerk.Domain.Rules;

/// <summary>
/// Every rule of RULES.md, in the order staff read them. The list is the documentation: no
/// assembly scanning, each area in its own file under <c>Catalog/</c>.
/// </summary>
public static class RuleCatalog
{
    public static readonly IReadOnlyList<RuleDefinition> All =
    [
        .. CatalogC.Rules,
        .. CatalogD.Rules,
    ];

    private static readonly Dictionary<string, RuleDefinition> ById = All.ToDictionary(r => r.Id);

    /// <summary>The rule with this id; throws for an unknown id, which is a bug in the caller.</summary>
    public static RuleDefinition Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"Unknown rule id '{id}'.");

    public static bool Contains(string id) => ById.ContainsKey(id);
}
