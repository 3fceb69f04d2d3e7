using Leerwerk.Domain.Leerbedrijven.Rules;

namespace Leerwerk.Domain.Tests.Leerbedrijven;

public sealed class LwtErkenningVoorProfielTests
{
    private static readonly DateOnly On = new(2026, 11, 30);
    private static readonly DateOnly Start = new(2026, 9, 7);
    private readonly LwtErkenningVoorProfiel _rule = new();

    [Fact]
    public void Evaluate_LwtRecognitionForTheProfiel_FindsNothing()
    {
        Assert.Empty(_rule.Evaluate(A.Dossier(plaatsingen: A.Plaatsing(Start)), On));
    }

    [Fact]
    public void Evaluate_RecognitionForAnotherProfiel_IsAnErrorCitingTheLaw()
    {
        var plaatsing = A.Plaatsing(Start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning("BWI")];

        var finding = Assert.Single(_rule.Evaluate(A.Dossier(plaatsingen: plaatsing), On));

        Assert.Equal("E5", finding.RuleId);
        Assert.True(finding.IsBlocking);
        Assert.StartsWith("WVO 2020 art. 2.105", finding.Citation.Text, StringComparison.Ordinal);
        Assert.Contains("Zorg en welzijn", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RecognitionNotForLwt_IsAnError()
    {
        var plaatsing = A.Plaatsing(Start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(lwt: false)];

        Assert.Single(_rule.Evaluate(A.Dossier(plaatsingen: plaatsing), On));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Evaluate_GrantedAroundStart_ErrorWhenGrantedAfter(int daysAfterStart, bool error)
    {
        var plaatsing = A.Plaatsing(Start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(grantedOn: Start.AddDays(daysAfterStart))];

        Assert.Equal(error, _rule.Evaluate(A.Dossier(plaatsingen: plaatsing), On).Any());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Evaluate_WithdrawnAroundStart_ErrorWhenWithdrawnOnOrBefore(int daysAfterStart, bool error)
    {
        var plaatsing = A.Plaatsing(Start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(withdrawnOn: Start.AddDays(daysAfterStart))];

        Assert.Equal(error, _rule.Evaluate(A.Dossier(plaatsingen: plaatsing), On).Any());
    }
}
