using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class BbRegelingTests
{
    [Fact]
    public void Bepaal_AllConditionsMet_GeslaagdUnderTheBbRule()
    {
        var uitslag = A.Bb().Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(UitslagRegeling.Bb, uitslag.ToegepasteRegeling);
        Assert.All(uitslag.Redenen, r => Assert.True(r.Met, r.Message));
    }

    [Fact]
    public void Bepaal_CeGemiddelde5Comma4833_FailsUnrounded()
    {
        var kandidaat = A.Bb()
            .Grades("nederlands", 7.0m, 5.4m).Grades("engels", 7.0m, 5.5m).Grades("biologie", 7.0m, 5.5m)
            .Grades("wiskunde", 7.0m, 5.5m).Grades("profielvak", 7.0m, 5.5m)
            .Plus(A.Vak("economie", VakSoort.Avo, VakDeel.Extra, 7.0m, 5.5m));

        var uitslag = kandidaat.Judge();

        Assert.Equal(UitslagStatus.Afgewezen, uitslag.Status);
        Assert.Equal(32.9m / 6, uitslag.CeGemiddelde);
        var reden = uitslag.Reason(UitslagRegels.CeGemiddelde);
        Assert.False(reden.Met);
        Assert.Equal(Severity.Error, reden.Severity);
        Assert.Contains("CE-gemiddelde 5,48 is lager dan 5,5", reden.Message, StringComparison.Ordinal);
        Assert.Contains("3.35 lid 1 sub a", reden.Citation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bepaal_CeGemiddeldeExactly5Comma5_Passes()
    {
        var kandidaat = A.Bb()
            .Grades("nederlands", 7.0m, 5.5m).Grades("engels", 7.0m, 5.5m).Grades("biologie", 7.0m, 5.5m)
            .Grades("wiskunde", 7.0m, 5.5m).Grades("profielvak", 7.0m, 5.5m);

        Assert.Equal(UitslagStatus.Geslaagd, kandidaat.Judge().Status);
    }

    [Theory]
    [InlineData("4.0", "4.8", false)]
    [InlineData("4.0", "4.9", false)]
    [InlineData("4.0", "5.0", true)]
    [InlineData("5.0", "5.0", true)]
    public void Bepaal_NederlandsEindcijfer_MustBeFiveOrMore(string se, string ce, bool met)
    {
        var uitslag = A.Bb().Grades("nederlands", D(se), D(ce)).Judge();

        Assert.Equal(met, uitslag.Reason(UitslagRegels.NederlandsBb).Met);
        Assert.Equal(met ? UitslagStatus.Geslaagd : UitslagStatus.Afgewezen, uitslag.Status);
    }

    [Theory]
    [InlineData(6, 6, 6, 6, true)]
    [InlineData(5, 6, 6, 6, true)]
    [InlineData(4, 6, 6, 6, false)]
    [InlineData(4, 6, 7, 6, true)]
    [InlineData(5, 5, 6, 6, false)]
    [InlineData(5, 5, 7, 6, true)]
    [InlineData(4, 5, 7, 7, false)]
    [InlineData(4, 4, 7, 7, false)]
    [InlineData(3, 6, 7, 7, false)]
    [InlineData(5, 5, 5, 7, false)]
    public void Bepaal_CompensationRule_AllowsOnlyTheThreeCombinations(int engels, int biologie, int maatschappijleer, int profielvak, bool met)
    {
        var uitslag = A.Bb()
            .Grades("engels", Se(engels), Ce(engels)).Grades("biologie", Se(biologie), Ce(biologie))
            .Grades("maatschappijleer", maatschappijleer).Grades("profielvak", Se(profielvak), Ce(profielvak))
            .Judge();

        Assert.Equal(met, uitslag.Reason(UitslagRegels.Compensatie).Met);
        Assert.True(uitslag.Reason(UitslagRegels.CeGemiddelde).Met);
        Assert.Equal(met ? UitslagStatus.Geslaagd : UitslagStatus.Afgewezen, uitslag.Status);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(6, false)]
    public void Bepaal_CombinatiecijferFiveAndEngelsFive_CountsAsTwoFivesNeedingASeven(int maatschappijleer, bool geslaagd)
    {
        var uitslag = A.Bb()
            .Grades("keuzevak 1", 5m).Grades("keuzevak 2", 5m).Grades("keuzevak 3", 5m).Grades("keuzevak 4", 6m)
            .Grades("engels", Se(5), Ce(5)).Grades("maatschappijleer", maatschappijleer).Grades("profielvak", Se(6), Ce(6))
            .Judge();

        Assert.Equal(5, uitslag.Combinatiecijfer);
        Assert.Equal(geslaagd, uitslag.Status == UitslagStatus.Geslaagd);
    }

    [Fact]
    public void Bepaal_TwoKeuzevakkenFiveButCombinatiecijferSix_SingleKeuzevakkenDoNotCount()
    {
        var uitslag = A.Bb()
            .Grades("keuzevak 1", 5m).Grades("keuzevak 2", 5m).Grades("keuzevak 3", 6m).Grades("keuzevak 4", 6m)
            .Grades("engels", Se(5), Ce(5)).Grades("maatschappijleer", 6m).Grades("profielvak", Se(6), Ce(6))
            .Judge();

        Assert.Equal(6, uitslag.Combinatiecijfer);
        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Bepaal_KeuzevakBelowFour_FailsRuleD7(int keuzevak, bool met)
    {
        var uitslag = A.Bb().Grades("keuzevak 1", keuzevak).Grades("keuzevak 2", 8m).Judge();

        var reden = uitslag.Reason("D7");
        Assert.Equal(met, reden.Met);
        Assert.Equal(RuleCatalog.Get("D7").Citation, reden.Citation);
        Assert.Equal(met ? UitslagStatus.Geslaagd : UitslagStatus.Afgewezen, uitslag.Status);
    }

    [Theory]
    [InlineData(Beoordeling.Onvoldoende, Beoordeling.Goed, false)]
    [InlineData(Beoordeling.Goed, Beoordeling.Onvoldoende, false)]
    [InlineData(Beoordeling.Goed, Beoordeling.Voldoende, true)]
    public void Bepaal_LoAndKunstvakken_MustBeVoldoendeOrGoed(Beoordeling lo, Beoordeling kunstvakken, bool met)
    {
        var uitslag = (A.Bb() with { Lo = lo, Kunstvakken = kunstvakken }).Judge();

        Assert.Equal(met, uitslag.Reason(UitslagRegels.LoKunstvakken).Met);
        Assert.Equal(met ? UitslagStatus.Geslaagd : UitslagStatus.Afgewezen, uitslag.Status);
    }

    [Fact]
    public void Bepaal_LoNotRated_Onvolledig()
    {
        var uitslag = (A.Bb() with { Lo = null }).Judge();

        Assert.Equal(UitslagStatus.Onvolledig, uitslag.Status);
        Assert.False(uitslag.Reason(UitslagRegels.PakketBb).Met);
    }

    /// <summary>SE and CE whose mean is exactly <paramref name="eindcijfer"/>, CE kept at 6,0 so the CE-gemiddelde stays fine.</summary>
    internal static decimal Se(int eindcijfer) => eindcijfer == 3 ? 1.0m : (2 * eindcijfer) - 6.0m;

    internal static decimal Ce(int eindcijfer) => eindcijfer == 3 ? 5.0m : 6.0m;

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
