using Leerwerk.Domain.StageUren.Rules;

namespace Leerwerk.Domain.Tests.StageUren;

public sealed class StageOnlyInBovenbouwTests
{
    private static readonly DateOnly On = new(2026, 11, 30);
    private readonly StageOnlyInBovenbouw _rule = new();

    [Fact]
    public void Evaluate_LeerjaarThreeWithPlacement_FindsNothing()
    {
        Assert.Empty(_rule.Evaluate(A.Dossier(plaatsingen: A.Plaatsing()), On));
    }

    [Fact]
    public void Evaluate_PlacementInLeerjaarTwo_IsAnErrorCitingTheLaw()
    {
        var finding = Assert.Single(_rule.Evaluate(A.Dossier(A.Leerling(leerjaar: 2), plaatsingen: A.Plaatsing()), On));

        Assert.Equal("B6", finding.RuleId);
        Assert.True(finding.IsBlocking);
        Assert.Contains("2.38", finding.Citation.Text, StringComparison.Ordinal);
        Assert.Contains("Zorgcentrum De Linde", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void Evaluate_StageHoursByLeerjaar_ErrorOnlyBelowThree(int leerjaar, bool error)
    {
        var dossier = A.Dossier(A.Leerling(leerjaar: leerjaar)).WithUren(A.Uren(8m, 1));

        Assert.Equal(error, _rule.Evaluate(dossier, On).Any(f => f.IsBlocking));
    }
}
