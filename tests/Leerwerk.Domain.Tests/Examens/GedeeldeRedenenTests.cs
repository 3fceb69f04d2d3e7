using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Uitslagen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Examens;

/// <summary>
/// The engine's memoised reasons (ADR 0007): the key holds every input a reason is built from. The former
/// per-subject cache was keyed on (rule, subject) and left out the argument the reason was built with, so a second
/// caller with another argument got the first caller's text (issue 11, item 6); each memo now fixes its function.
/// </summary>
public sealed class GedeeldeRedenenTests
{
    private static readonly EindVak Vijf = new("vak", VakSoort.Nederlands, false, 5, 5.0m, 5.0m);

    [Fact]
    public void LwtMemos_SameSubjectUnderD4AndD5_EachReasonNamesItsOwnRequirement()
    {
        var d4 = LwtRegeling.NederlandsRedenen[Vijf];
        var d5 = LwtRegeling.ProfielvakRedenen[Vijf];

        Assert.Equal(("D4", false), (d4.RuleId, d4.Met));
        Assert.Equal(("D5", false), (d5.RuleId, d5.Met));
        Assert.EndsWith("voor Nederlands is ten minste een 6 nodig.", d4.Message, StringComparison.Ordinal);
        Assert.EndsWith("voor het profielvak is ten minste een 6 nodig.", d5.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NederlandsMemo_SubjectsDifferingInOneValue_DifferentReasons()
    {
        var basis = new EindVak("nederlands", VakSoort.Nederlands, false, 6, 6.3m, 6.3m);

        Assert.Equal("Eindcijfer nederlands 6 (gemiddelde 6,3) is 5 of hoger.", BbRegeling.NederlandsRedenen[basis].Message);
        Assert.Equal("Eindcijfer nederlands 6 (gemiddelde 6,4) is 5 of hoger.", BbRegeling.NederlandsRedenen[basis with { Ce = 6.5m, Gemiddelde = 6.4m }].Message);
        Assert.Equal("Eindcijfer Nederlands 6 (gemiddelde 6,3) is 5 of hoger.", BbRegeling.NederlandsRedenen[basis with { Name = "Nederlands" }].Message);
        Assert.False(BbRegeling.NederlandsRedenen[basis with { Eindcijfer = 4, Gemiddelde = 4.4m, Ce = 4.4m }].Met);
        Assert.Same(BbRegeling.NederlandsRedenen[basis], BbRegeling.NederlandsRedenen[basis with { }]);
    }

    [Fact]
    public void GedeeldeReden_SameTextUnderAnotherRuleOrOutcome_ReasonOfThatRuleAndOutcome()
    {
        const string Tekst = "Een vaste tekst voor deze test.";

        var d6 = UitslagRegels.GedeeldeReden("D6", false, Tekst);
        var d4 = UitslagRegels.GedeeldeReden("D4", false, Tekst);
        var voldaan = UitslagRegels.GedeeldeReden("D6", true, Tekst);

        Assert.Equal(("D6", false, Severity.Error), (d6.RuleId, d6.Met, d6.Severity));
        Assert.Equal(("D4", false, Severity.Error), (d4.RuleId, d4.Met, d4.Severity));
        Assert.Equal(("D6", true, Severity.Info), (voldaan.RuleId, voldaan.Met, voldaan.Severity));
        Assert.Same(d6, UitslagRegels.GedeeldeReden("D6", false, Tekst));
    }
}
