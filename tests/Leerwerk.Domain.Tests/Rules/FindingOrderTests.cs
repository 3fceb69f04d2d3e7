using Leerwerk.Domain.Rules;
using Leerwerk.Domain.Rules.Catalog;

namespace Leerwerk.Domain.Tests.Rules;

public sealed class FindingOrderTests
{
    private static Finding F(string ruleId, RuleKind kind, Severity severity, string? subject = null) =>
        new(ruleId, kind, severity, $"{ruleId} {subject}", RuleCatalog.Get("E1").Citation, subject);

    [Fact]
    public void Sort_PutsMoetBeforeAdviesBeforeMag_AndErrorsFirstWithinAKind()
    {
        var sorted = FindingOrder.Sort(
        [
            F("A3", RuleKind.Mag, Severity.Info),
            F("E3", RuleKind.Advies, Severity.Warning),
            F("E1", RuleKind.Moet, Severity.Warning),
            F("E2", RuleKind.Moet, Severity.Error),
        ]);

        Assert.Equal(["E2", "E1", "E3", "A3"], sorted.Select(f => f.RuleId));
    }

    [Fact]
    public void Sort_WithinKindAndSeverity_FollowsTheCatalogue_NotTheAlphabet()
    {
        var sorted = FindingOrder.Sort(
        [
            F("E10", RuleKind.Moet, Severity.Error),
            F("X-ONBEKEND", RuleKind.Moet, Severity.Error),
            F("E6-UREN", RuleKind.Moet, Severity.Error),
            F("E2", RuleKind.Moet, Severity.Error),
            F("B2", RuleKind.Moet, Severity.Error),
        ]);

        Assert.Equal(["B2", "E2", "E6-UREN", "E10", "X-ONBEKEND"], sorted.Select(f => f.RuleId));
    }

    [Fact]
    public void Sort_SameRule_OrdersBySubject_WhateverTheInputOrder()
    {
        Finding[] findings =
        [
            F("E1", RuleKind.Moet, Severity.Error, "Leerling 2 (Zeynep)"),
            F("E1", RuleKind.Moet, Severity.Error, "Leerling 1 (Anna)"),
        ];

        Assert.Equal(FindingOrder.Sort(findings), FindingOrder.Sort(findings.Reverse()));
        Assert.Equal("Leerling 1 (Anna)", FindingOrder.Sort(findings)[0].Subject);
    }

    [Theory]
    [InlineData("E1", true)]
    [InlineData("E6-UREN", true)]
    [InlineData("C11", true)]
    [InlineData("D4", false)]
    [InlineData("D-BB-a", false)]
    public void IsCheckedAt_TheStageHoursScreen_FollowsTheCataloguesPlaces(string ruleId, bool shown) =>
        Assert.Equal(shown, RuleCatalog.IsCheckedAt(ruleId, Places.StageUrenScherm));

    [Theory]
    [InlineData("C11", "C")]
    [InlineData("E6-UREN", "E")]
    [InlineData("D-BB-a", null)]
    public void AreaOf_IsTheCataloguesAreaOfTheBaseId(string ruleId, string? area) =>
        Assert.Equal(area, RuleCatalog.AreaOf(ruleId));
}
