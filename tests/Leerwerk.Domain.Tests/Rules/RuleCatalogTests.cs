using System.Text.RegularExpressions;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Rules;

public sealed partial class RuleCatalogTests
{
    private static readonly string[] Placeholders = ["TODO", "TBD", "FIXME", "XXX", "lorem", "placeholder"];

    private static readonly string[] DutchWords = [" de ", " het ", " een ", " en ", " van ", " in "];

    private static readonly DateOnly[] Dates =
        [new(2015, 8, 1), new(2021, 9, 1), new(2022, 7, 31), new(2022, 8, 1), new(2026, 9, 1), new(2040, 1, 1)];

    [Fact]
    public void All_ContainsEveryRulesMdId_WithTheSameKind()
    {
        var problems = RulesMd()
            .Where(row => !RuleCatalog.Contains(row.Id) || RuleCatalog.Get(row.Id).Kind != row.Kind)
            .Select(row => RuleCatalog.Contains(row.Id)
                ? $"{row.Id}: {RuleCatalog.Get(row.Id).Kind} in the catalogue, {row.Kind} in RULES.md"
                : $"{row.Id}: missing from the catalogue")
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void All_FollowsRulesMd_InOrderAndWithoutExtraIds()
    {
        Assert.Equal(RulesMd().Select(row => row.Id), RuleCatalog.All.Select(rule => rule.Id));
    }

    [Fact]
    public void All_HasUniqueIds()
    {
        var duplicates = RuleCatalog.All.GroupBy(rule => rule.Id).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Versions_EveryCitationHasTextAndAWettenOverheidLink()
    {
        foreach (var rule in RuleCatalog.Versions)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Citation.Current), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Citation.Text), rule.Id);
            Assert.StartsWith("https://wetten.overheid.nl/", rule.Citation.Source.AbsoluteUri, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Versions_EveryTextIsDutchWithoutPlaceholders()
    {
        foreach (var rule in RuleCatalog.Versions)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Text), rule.Id);
            Assert.DoesNotContain(Placeholders, word => rule.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(DutchWords, word => $" {rule.Text} ".Contains(word, StringComparison.OrdinalIgnoreCase));
            Assert.NotEmpty(rule.CheckedIn);
        }
    }

    [Fact]
    public void All_MagRulesArePhrasedAsAFreedom()
    {
        var notAFreedom = RuleCatalog.All
            .Where(rule => rule.Kind == RuleKind.Mag && !rule.Text.Contains(" mag ", StringComparison.OrdinalIgnoreCase))
            .Select(rule => rule.Id);

        Assert.Empty(notAFreedom);
    }

    [Fact]
    public void Areas_HaveATitleForEveryRuleArea_AndTheIdStartsWithTheArea()
    {
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H"], RuleCatalog.Areas.Keys.Order(StringComparer.Ordinal));
        foreach (var rule in RuleCatalog.Versions)
        {
            Assert.StartsWith(rule.Area, rule.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(RuleCatalog.AreaTitle(rule.Area)));
        }
    }

    [Theory]
    [InlineData("leer-werkovereenkomst", "E6")]
    [InlineData("LEERWERKOVEREENKOMST", "E6")]
    [InlineData("geintegreerde", "A9")]
    [InlineData("geïntegreerde", "A9")]
    [InlineData("10b7", "A3")]
    [InlineData("c6", "C6")]
    public void Search_FindsByTextCitationOrId_IgnoringCaseAccentsAndHyphens(string query, string expectedId)
    {
        Assert.Contains(RuleCatalog.Search(query), rule => rule.Id == expectedId);
    }

    [Fact]
    public void Search_ExactIdComesFirst_AndAnEmptyQueryFindsAll()
    {
        Assert.Equal("E1", RuleCatalog.Search("e1")[0].Id);
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.Search("  ").Count);
        Assert.Empty(RuleCatalog.Search("zwembadrooster"));
    }

    [Fact]
    public void Get_UnknownId_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => RuleCatalog.Get("Z9"));
        Assert.Throws<KeyNotFoundException>(() => RuleCatalog.Get("Z9", new DateOnly(2026, 1, 1)));
        Assert.False(RuleCatalog.Contains("Z9"));
    }

    [Theory]
    [InlineData("D7-LWT", "D7")]
    [InlineData("F3-C", "F3")]
    [InlineData("E6", "E6")]
    public void BaseId_StripsTheSuffixOfAFinerId(string ruleId, string expected)
    {
        Assert.Equal(expected, RuleCatalog.BaseId(ruleId));
        Assert.True(RuleCatalog.Contains(RuleCatalog.BaseId(ruleId)));
    }

    [Fact]
    public void Get_ByDate_GivesTheVersionInForce()
    {
        var before = RuleCatalog.Get("E11", Laws.OldLawLastDay);
        var since = RuleCatalog.Get("E11", Laws.Wvo2020InForce);

        Assert.Equal("WVO art. 10b4 lid 6", before.Citation.Text);
        Assert.Contains("&g=2022-07-31", before.Citation.Source.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("bevordert", before.Text, StringComparison.Ordinal);
        Assert.Same(RuleCatalog.Get("E11"), since);
        Assert.Equal("WVO 2020 art. 2.107 (was WVO art. 10b4 lid 6)", since.Citation.Text);
    }

    [Fact]
    public void Versions_ExactlyOneVersionPerIdOnEveryDate_WithTheSameKindAndArea()
    {
        foreach (var group in RuleCatalog.Versions.GroupBy(rule => rule.Id))
        {
            var current = RuleCatalog.Get(group.Key);
            Assert.All(group, version => Assert.Equal((current.Kind, current.Area), (version.Kind, version.Area)));
            foreach (var date in Dates)
            {
                Assert.Single(group, version => version.Period.Contains(date));
            }
        }
    }

    private static List<(string Id, RuleKind Kind)> RulesMd()
    {
        var rows = File.ReadLines(RulesMdPath())
            .Select(line => RulesMdRow().Match(line))
            .Where(match => match.Success)
            .Select(match => (match.Groups["id"].Value, Kind(match.Groups["kind"].Value)))
            .ToList();
        Assert.NotEmpty(rows);
        return rows;
    }

    private static RuleKind Kind(string label) => label switch
    {
        "MOET" => RuleKind.Moet,
        "MAG" => RuleKind.Mag,
        "ADVIES" => RuleKind.Advies,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown kind in RULES.md."),
    };

    private static string RulesMdPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Leerwerk.slnx")))
            {
                return Path.Combine(directory.FullName, "tests", "data", "RULES.md");
            }
        }

        throw new FileNotFoundException("No folder with Leerwerk.slnx above the test binaries.");
    }

    [GeneratedRegex(@"^\|\s*(?<id>[A-H]\d+)\s*\|\s*(?<kind>MOET|MAG|ADVIES)\s*\|")]
    private static partial Regex RulesMdRow();
}
