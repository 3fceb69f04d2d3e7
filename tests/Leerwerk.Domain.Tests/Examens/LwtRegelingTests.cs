using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class LwtRegelingTests
{
    [Fact]
    public void Bepaal_LwtMinimumAllSixOrMore_GeslaagdUnderLid6WithoutCeGemiddelde()
    {
        var uitslag = A.Lwt().Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(UitslagRegeling.Lwt, uitslag.ToegepasteRegeling);
        Assert.Null(uitslag.CeGemiddelde);
        Assert.Equal(6, uitslag.Combinatiecijfer);
    }

    [Theory]
    [InlineData("5.4", "5.5", false)]
    [InlineData("5.5", "5.5", true)]
    [InlineData("8.0", "4.0", true)]
    public void Bepaal_NederlandsEindcijfer_MustBeSixOrMore_D4(string se, string ce, bool met)
    {
        var uitslag = A.Lwt().Grades("nederlands", D(se), D(ce)).Judge();

        var reden = uitslag.Reason("D4");
        Assert.Equal(met, reden.Met);
        Assert.Equal(RuleCatalog.Get("D4").Citation, reden.Citation);
        Assert.Equal(met ? UitslagStatus.Geslaagd : UitslagStatus.Afgewezen, uitslag.Status);
    }

    [Theory]
    [InlineData("5.2", "5.0", false)]
    [InlineData("6.2", "5.0", true)]
    public void Bepaal_ProfielvakEindcijfer_MustBeSixOrMore_D5(string se, string ce, bool met)
    {
        var uitslag = A.Lwt().Grades("profielvak", D(se), D(ce)).Judge();

        Assert.Equal(met, uitslag.Reason("D5").Met);
        Assert.Equal(met ? UitslagStatus.Geslaagd : UitslagStatus.Afgewezen, uitslag.Status);
    }

    [Theory]
    [InlineData(5, 5, 5, 6, false)]
    [InlineData(6, 6, 5, 5, true)]
    public void Bepaal_Combinatiecijfer_MustBeSixOrMore_D6(int k1, int k2, int k3, int k4, bool met)
    {
        var uitslag = A.Lwt().Grades("keuzevak 1", k1).Grades("keuzevak 2", k2).Grades("keuzevak 3", k3).Grades("keuzevak 4", k4).Judge();

        Assert.Equal(met, uitslag.Reason("D6").Met);
        Assert.Equal(met ? UitslagStatus.Geslaagd : UitslagStatus.Afgewezen, uitslag.Status);
    }

    [Fact]
    public void Bepaal_LwtKeuzevakBelowFour_PassesByLawButWarnsCitingBothSources()
    {
        var uitslag = A.Lwt().Grades("keuzevak 1", 3m).Grades("keuzevak 2", 7m).Grades("keuzevak 4", 8m).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        var reden = uitslag.Reason(UitslagRegels.KeuzevakLwt);
        Assert.False(reden.Met);
        Assert.Equal(Severity.Warning, reden.Severity);
        Assert.Equal(RuleKind.Advies, reden.Kind);
        Assert.Contains("lid 1 sub d", reden.Citation.Text, StringComparison.Ordinal);
        Assert.Contains("lid 6", reden.Citation.Text, StringComparison.Ordinal);
        Assert.Contains("brochure", reden.Citation.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bepaal_LwtCandidateWithCompleteBbExam_SwitchesToBbRuleAndSaysSo_D8()
    {
        var kandidaat = (A.Bb() with { Route = UitslagRegeling.Lwt }).Grades("nederlands", 5.0m, 5.0m);

        var uitslag = kandidaat.Judge();

        Assert.Equal(UitslagRegeling.Bb, uitslag.ToegepasteRegeling);
        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        var reden = uitslag.Reason("D8");
        Assert.True(reden.Met);
        // A met condition is information, never a warning (issue 20); the message still names the point of doubt.
        Assert.Equal(Severity.Info, reden.Severity);
        Assert.Contains("bb-regeling", reden.Message, StringComparison.Ordinal);
        Assert.Contains("punt van twijfel", reden.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(uitslag.Redenen, r => r.RuleId == "D4");
    }

    [Fact]
    public void Bepaal_LwtCandidateWithCompleteBbExamAndLoOnvoldoende_AfgewezenByBbRule()
    {
        var kandidaat = A.Bb() with { Route = UitslagRegeling.Lwt, Lo = Beoordeling.Onvoldoende };

        var uitslag = kandidaat.Judge();

        Assert.Equal(UitslagRegeling.Bb, uitslag.ToegepasteRegeling);
        Assert.Equal(UitslagStatus.Afgewezen, uitslag.Status);
    }

    [Fact]
    public void Bepaal_LwtCandidateWithoutLo_StaysUnderLid6()
    {
        var kandidaat = A.Bb() with { Route = UitslagRegeling.Lwt, Lo = null };

        var uitslag = kandidaat.Judge();

        Assert.Equal(UitslagRegeling.Lwt, uitslag.ToegepasteRegeling);
        Assert.False(uitslag.Reason("D8").Met);
        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
    }

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
