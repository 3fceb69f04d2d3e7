using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Overeenkomsten.Rules;

namespace Leerwerk.Domain.Tests.Overeenkomsten;

public sealed class LeerwerkovereenkomstInhoudTests
{
    private static readonly DateOnly On = new(2026, 11, 30);
    private readonly LeerwerkovereenkomstInhoud _rule = new();

    [Fact]
    public void Evaluate_CompleteAgreement_FindsNothing()
    {
        Assert.Empty(_rule.Evaluate(A.Dossier(plaatsingen: A.Plaatsing()), On));
    }

    [Fact]
    public void Evaluate_MissingParts_NamesEachAndCitesUb265()
    {
        var plaatsing = A.Plaatsing();
        plaatsing.Leerdoelen = " ";
        plaatsing.VoortijdigeBeeindiging = null;

        var finding = Assert.Single(_rule.Evaluate(A.Dossier(plaatsingen: plaatsing), On));

        Assert.Equal("E7", finding.RuleId);
        Assert.True(finding.IsBlocking);
        Assert.Contains("2.65", finding.Citation.Text, StringComparison.Ordinal);
        Assert.Contains("de leerdoelen", finding.Message, StringComparison.Ordinal);
        Assert.Contains("de voortijdige beëindiging", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("de inhoud", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(0.25, true)]
    public void Evaluate_PlannedHours_DurationMustBePositive(double hours, bool complete)
    {
        var plaatsing = A.Plaatsing();
        plaatsing.PlannedHours = (decimal)hours;

        Assert.Equal(complete, VerplichteInhoud.Missing(plaatsing).Count == 0);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Evaluate_Period_EndMustFollowStart(int endAfterStart, bool complete)
    {
        var plaatsing = A.Plaatsing();
        plaatsing.EndDate = plaatsing.StartDate.AddDays(endAfterStart);

        Assert.Equal(complete, VerplichteInhoud.Missing(plaatsing).Count == 0);
    }

    [Fact]
    public void Evaluate_Concept_IsNotYetJudged()
    {
        var plaatsing = A.Plaatsing();
        Levensloop.Restore(plaatsing, LeerwerkovereenkomstStatus.Concept);
        plaatsing.Inhoud = null;

        Assert.Empty(_rule.Evaluate(A.Dossier(plaatsingen: plaatsing), On));
    }
}
