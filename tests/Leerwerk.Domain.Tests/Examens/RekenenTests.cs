using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class RekenenTests
{
    [Fact]
    public void Bepaal_NoWiskundeAndNoRekenen_OnvolledigNotAfgewezen_C8()
    {
        var uitslag = A.Lwt().Without("rekenen").Judge();

        Assert.Equal(UitslagStatus.Onvolledig, uitslag.Status);
        Assert.False(uitslag.Reason("C8").Met);
        Assert.Contains(uitslag.NogNodig, n => n.Vak == "rekenen" && n.Minimum == 1m);
    }

    [Fact]
    public void Bepaal_RekenenWithoutGrade_Onvolledig()
    {
        var uitslag = A.Lwt().Grades("rekenen", null).Judge();

        Assert.Equal(UitslagStatus.Onvolledig, uitslag.Status);
        Assert.False(uitslag.Reason("C8").Met);
    }

    [Fact]
    public void Bepaal_RekenenGradeOne_StillGeslaagdBecauseItNeverCounts()
    {
        var uitslag = A.Lwt().Grades("rekenen", 1.0m).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.True(uitslag.Reason("C8").Met);
    }

    [Fact]
    public void Bepaal_BbWithWiskundeAndLowRekenen_RekenenIsNotInTheCompensation()
    {
        var uitslag = A.Bb().Plus(A.Vak("rekenen", VakSoort.Rekenen, null, 2m)).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.True(uitslag.Reason(UitslagRegels.Compensatie).Met);
    }

    [Fact]
    public void Bepaal_WiskundeWithoutRekenen_NeedsNoRekenen()
    {
        var uitslag = A.Bb().Judge();

        Assert.True(uitslag.Reason("C8").Met);
        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
    }
}
