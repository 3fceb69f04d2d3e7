using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class ExtraVakkenTests
{
    [Fact]
    public void Bepaal_ExtraSubjectCausesFail_LeftOutAndGeslaagd()
    {
        var uitslag = A.Bb().Plus(A.Vak("economie", VakSoort.Avo, VakDeel.Extra, 3.0m, 3.2m)).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["economie"], uitslag.LeftOut);
        Assert.True(uitslag.Reason(UitslagRegels.ExtraWeggelaten).Met);
    }

    [Fact]
    public void Bepaal_ExtraSubjectHarmless_StaysInTheResult()
    {
        var uitslag = A.Bb().Plus(A.Vak("economie", VakSoort.Avo, VakDeel.Extra, 8.0m, 8.0m)).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Empty(uitslag.LeftOut);
        Assert.Equal((6.2m + 6.3m + 6.1m + 6.0m + 6.6m + 8.0m) / 6, uitslag.CeGemiddelde);
    }

    [Fact]
    public void Bepaal_ExtraSubjectWithSevenCompensatesAFour_Geslaagd()
    {
        var uitslag = A.Bb()
            .Grades("engels", BbRegelingTests.Se(4), BbRegelingTests.Ce(4)).Grades("maatschappijleer", 6m)
            .Grades("profielvak", 6.0m, 6.0m).Grades("biologie", 6.0m, 6.0m)
            .Plus(A.Vak("economie", VakSoort.Avo, VakDeel.Extra, 7.0m, 7.0m))
            .Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Empty(uitslag.LeftOut);
    }

    [Fact]
    public void Bepaal_LeavingOutDoesNotHelp_AfgewezenWithNothingLeftOut()
    {
        var uitslag = A.Bb().Grades("nederlands", 4.0m, 4.0m)
            .Plus(A.Vak("economie", VakSoort.Avo, VakDeel.Extra, 3.0m, 3.0m))
            .Judge();

        Assert.Equal(UitslagStatus.Afgewezen, uitslag.Status);
        Assert.Empty(uitslag.LeftOut);
    }

    [Fact]
    public void Bepaal_TwoExtras_LeavesOutOnlyTheOneThatHurts()
    {
        var uitslag = A.Bb()
            .Plus(A.Vak("economie", VakSoort.Avo, VakDeel.Extra, 3.0m, 3.0m))
            .Plus(A.Vak("frans", VakSoort.Avo, VakDeel.Extra, 8.0m, 8.0m))
            .Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["economie"], uitslag.LeftOut);
    }

    [Fact]
    public void Bepaal_ExtraKeuzevakLowersCombinatiecijfer_LeftOutUnderLwt()
    {
        var uitslag = A.Lwt().Plus(A.Vak("keuzevak 5", VakSoort.Keuzevak, VakDeel.Extra, 1m)).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["keuzevak 5"], uitslag.LeftOut);
        Assert.Equal(6, uitslag.Combinatiecijfer);
    }
}
