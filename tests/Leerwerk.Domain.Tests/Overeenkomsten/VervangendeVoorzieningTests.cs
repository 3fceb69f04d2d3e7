using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Overeenkomsten.Rules;

namespace Leerwerk.Domain.Tests.Overeenkomsten;

public sealed class VervangendeVoorzieningTests
{
    private static readonly DateOnly On = new(2026, 11, 30);
    private readonly VervangendeVoorziening _rule = new();

    [Fact]
    public void Evaluate_ReplacedWithoutCauseOrLink_TwoErrors()
    {
        var plaatsing = A.Plaatsing();
        Levensloop.Restore(plaatsing, LeerwerkovereenkomstStatus.Vervangen);

        var findings = _rule.Evaluate(A.Dossier(plaatsingen: plaatsing), On).ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("E11", f.RuleId));
    }

    [Fact]
    public void Evaluate_ReplacedWithCauseAndLink_FindsNothing()
    {
        var plaatsing = A.Plaatsing();
        Levensloop.Restore(plaatsing, LeerwerkovereenkomstStatus.Vervangen);
        plaatsing.EndReason = "Bedrijf failliet";
        plaatsing.ReplacedBy = A.Plaatsing();

        Assert.Empty(_rule.Evaluate(A.Dossier(plaatsingen: [plaatsing, plaatsing.ReplacedBy]), On));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Evaluate_EndedEarlyWhileStillLwt_NeedsASuccessor(bool withSuccessor, bool finding)
    {
        var plaatsing = A.Plaatsing();
        Levensloop.Restore(plaatsing, LeerwerkovereenkomstStatus.Beeindigd);
        plaatsing.EndedOn = On.AddDays(-10);
        plaatsing.EndReason = "Praktijkbegeleider vertrokken";
        Leerwerkovereenkomst[] plaatsingen = withSuccessor ? [plaatsing, A.Plaatsing(start: On)] : [plaatsing];

        Assert.Equal(finding, _rule.Evaluate(A.Dossier(plaatsingen: plaatsingen), On).Any());
    }
}
