using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class PakketTests
{
    [Theory]
    [InlineData("engels", "Engels")]
    [InlineData("maatschappijleer", "maatschappijleer")]
    [InlineData("biologie", "twee algemene vakken")]
    [InlineData("profielvak", "het profielvak")]
    [InlineData("keuzevak 4", "vier keuzevakken")]
    public void Bepaal_BbCandidateMissingAPart_OnvolledigNamingIt(string weg, string ontbreekt)
    {
        var uitslag = A.Bb().Without(weg).Judge();

        Assert.Equal(UitslagStatus.Onvolledig, uitslag.Status);
        var reden = uitslag.Reason(UitslagRegels.PakketBb);
        Assert.False(reden.Met);
        Assert.Contains(ontbreekt, reden.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("engels")]
    [InlineData("maatschappijleer")]
    [InlineData("wiskunde")]
    public void Bepaal_LwtCandidateMissingABbPart_StaysUnderLid6(string weg)
    {
        var kandidaat = (A.Bb() with { Route = UitslagRegeling.Lwt }).Without(weg)
            .Plus(A.Vak("rekenen", VakSoort.Rekenen, null, 6m));

        var uitslag = kandidaat.Judge();

        Assert.Equal(UitslagRegeling.Lwt, uitslag.ToegepasteRegeling);
        Assert.Contains(weg == "wiskunde" ? "twee algemene vakken" : weg, uitslag.Reason("D8").Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bepaal_LwtCandidateWithoutFourKeuzevakken_OnvolledigByD1()
    {
        var uitslag = A.Lwt().Without("keuzevak 4").Judge();

        Assert.Equal(UitslagStatus.Onvolledig, uitslag.Status);
        Assert.False(uitslag.Reason("D1").Met);
    }

    [Fact]
    public void Bepaal_ExtraSubjectsDoNotCompleteABbExam()
    {
        var kandidaat = A.Bb().Without("engels").Plus(A.Vak("engels", VakSoort.Engels, VakDeel.Extra, 6.0m, 6.0m));

        Assert.Equal(UitslagStatus.Onvolledig, kandidaat.Judge().Status);
    }
}
