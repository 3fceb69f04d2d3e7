using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class NogNodigTests
{
    [Fact]
    public void Bepaal_LwtNederlandsCeMissing_LowestCeWithOneStepRounding()
    {
        var uitslag = A.Lwt().Grades("nederlands", 6.5m, null).Judge();

        Assert.Equal(UitslagStatus.Onvolledig, uitslag.Status);
        var nodig = Assert.Single(uitslag.NogNodig);
        Assert.Equal(NogNodigCijfer.Ce, nodig.Cijfer);
        Assert.Equal(4.5m, nodig.Minimum);
        Assert.Contains("4,5", nodig.Message, StringComparison.Ordinal);
        Assert.False(uitslag.Reason(UitslagRegels.CijferOntbreekt).Met);
    }

    [Fact]
    public void Bepaal_LwtKeuzevakSeMissing_LowestWholeGrade()
    {
        var uitslag = A.Lwt().Grades("keuzevak 3", 5m).Grades("keuzevak 4", null).Judge();

        var nodig = Assert.Single(uitslag.NogNodig);
        Assert.Equal(NogNodigCijfer.Se, nodig.Cijfer);
        Assert.Equal(5m, nodig.Minimum);
    }

    [Fact]
    public void Bepaal_ProfielvakAlreadyFails_NoGradeSuffices()
    {
        var uitslag = A.Lwt().Grades("profielvak", 4.0m, 4.0m).Grades("nederlands", 6.5m, null).Judge();

        var nodig = Assert.Single(uitslag.NogNodig);
        Assert.Null(nodig.Minimum);
        Assert.Contains("Geen cijfer", nodig.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bepaal_BbSeAndCeMissing_SearchesOneGradeForBoth()
    {
        var uitslag = A.Bb().Grades("engels", null, null).Judge();

        var nodig = Assert.Single(uitslag.NogNodig);
        Assert.Equal(NogNodigCijfer.SeEnCe, nodig.Cijfer);
        Assert.Equal(3.5m, nodig.Minimum); // engels 4, compensated by maatschappijleer 7; CE-gemiddelde 5,68
    }

    [Fact]
    public void Bepaal_TwoGradesMissing_OtherAssumedTen()
    {
        var uitslag = A.Lwt().Grades("nederlands", 6.5m, null).Grades("profielvak", 6.0m, null).Judge();

        Assert.Equal([4.5m, 5.0m], uitslag.NogNodig.Select(n => n.Minimum));
    }
}
