using Leerwerk.Domain.Rules.Catalog;

namespace Leerwerk.Domain.Rules;

/// <summary>
/// Every rule of RULES.md, in the order staff read them. The list is the documentation: no
/// assembly scanning, each area in its own file under <c>Catalog/</c>.
/// </summary>
/// <remarks>
/// <see cref="All"/> holds the version of each rule that is the law today, one per id. Where the content of a
/// rule changed when WVO 2020 came into force, the earlier version is kept in <see cref="Versions"/> and
/// <see cref="Get(string, DateOnly)"/> picks the one for a date. A renumbering alone is not a new version:
/// the old article is in <see cref="LegalCitation.Historical"/>.
/// </remarks>
public static class RuleCatalog
{
    public static readonly IReadOnlyList<RuleDefinition> All =
    [
        .. CatalogA.Rules,
        .. CatalogB.Rules,
        .. CatalogC.Rules,
        .. CatalogD.Rules,
        .. CatalogE.Rules,
        .. CatalogF.Rules,
        .. CatalogG.Rules,
        .. CatalogH.Rules,
    ];

    /// <summary>Every version of every rule: the current ones and the earlier ones whose content differs.</summary>
    public static readonly IReadOnlyList<RuleDefinition> Versions =
    [
        .. All,
        .. CatalogA.Earlier,
        .. CatalogB.Earlier,
        .. CatalogE.Earlier,
        .. CatalogF.Earlier,
    ];

    /// <summary>The areas of RULES.md: letter → Dutch title, in reading order.</summary>
    public static readonly IReadOnlyDictionary<string, string> Areas = new Dictionary<string, string>
    {
        ["A"] = "Een LWT aanbieden",
        ["B"] = "Starten met een LWT, onderbouw",
        ["C"] = "Het programma",
        ["D"] = "Examen en uitslag",
        ["E"] = "Het buitenschoolse praktijkgedeelte (stage)",
        ["F"] = "Leerbedrijven",
        ["G"] = "De samenwerkingsovereenkomst (model)",
        ["H"] = "Doorstroom naar het mbo",
    }.AsReadOnly();

    private static readonly Dictionary<string, RuleDefinition> ById = All.ToDictionary(r => r.Id);

    private static readonly Dictionary<string, int> Positions = All.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);

    /// <summary>
    /// Where the rule behind an id stands in the catalogue's reading order: a finer id ("E6-UREN") stands with its
    /// catalogue id, an id outside the catalogue after every catalogue id. Used by <see cref="FindingOrder"/>.
    /// </summary>
    public static int Position(string ruleId) => Positions.TryGetValue(BaseId(ruleId), out var i) ? i : int.MaxValue;

    /// <summary>
    /// True when the catalogue says the rule behind this (possibly finer) id is checked or shown at
    /// <paramref name="place"/>, one of <see cref="Places"/>: a page chooses its findings by this, not by a list of ids.
    /// </summary>
    public static bool IsCheckedAt(string ruleId, string place) =>
        ById.TryGetValue(BaseId(ruleId), out var rule) && rule.CheckedIn.Contains(place, StringComparer.Ordinal);

    /// <summary>The area letter ("A" … "H") of the rule behind this (possibly finer) id; null for an id outside the catalogue.</summary>
    public static string? AreaOf(string ruleId) => ById.TryGetValue(BaseId(ruleId), out var rule) ? rule.Area : null;

    /// <summary>Where a finding of the rule behind this (possibly finer) id is fixed; null for a MAG rule or an id outside the catalogue.</summary>
    public static FixPlace? FixPlaceOf(string ruleId) =>
        FixPlaces.ById.TryGetValue(BaseId(ruleId), out var place) ? place : null;

    /// <summary>The current version of the rule with this id; throws for an unknown id, which is a bug in the caller.</summary>
    public static RuleDefinition Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"Unknown rule id '{id}'.");

    /// <summary>The version of the rule that was the law on <paramref name="date"/>; throws for an unknown id.</summary>
    public static RuleDefinition Get(string id, DateOnly date)
    {
        var current = Get(id);
        return current.Period.Contains(date)
            ? current
            : Versions.FirstOrDefault(r => r.Id == id && r.Period.Contains(date))
              ?? throw new KeyNotFoundException($"Rule '{id}' has no version for {date:yyyy-MM-dd}.");
    }

    public static bool Contains(string id) => ById.ContainsKey(id);

    /// <summary>
    /// The catalogue id inside a finer finding id: "D7-LWT" → "D7", "E6" → "E6" (see docs/rules.md).
    /// </summary>
    public static string BaseId(string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        var dash = ruleId.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? ruleId : ruleId[..dash];
    }

    /// <summary>The Dutch title of an area letter, e.g. "E" → "Het buitenschoolse praktijkgedeelte (stage)".</summary>
    public static string AreaTitle(string area) =>
        Areas.TryGetValue(area, out var title) ? title : throw new KeyNotFoundException($"Unknown rule area '{area}'.");

    /// <summary>The current rules whose id, text or citation contains the query, ignoring case and accents.</summary>
    public static IReadOnlyList<RuleDefinition> Search(string query) => RuleSearch.Find(All, query);
}
