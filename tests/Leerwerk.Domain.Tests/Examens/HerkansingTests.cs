using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class HerkansingTests
{
    [Fact]
    public void Bepaal_HerkansingHigher_HighestCeCounts()
    {
        var uitslag = A.Bb().With("engels", v => v with { Se = 5.0m, Ce = 3.8m, CeResit = 5.4m }).Judge();

        Assert.Equal(5, uitslag.Grade("engels"));
        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Contains("5,4", uitslag.Reason(UitslagRegels.Herkansing).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bepaal_HerkansingLower_FirstCeStillCounts()
    {
        var uitslag = A.Lwt().With("profielvak", v => v with { Se = 6.2m, Ce = 5.0m, CeResit = 4.6m }).Judge();

        Assert.Equal(6, uitslag.Grade("profielvak"));
        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
    }

    [Fact]
    public void Bepaal_HerkansingLiftsCeGemiddelde_UsesTheHighestInTheMean()
    {
        var uitslag = A.Bb().With("engels", v => v with { Ce = 3.0m, CeResit = 6.3m }).Judge();

        Assert.Equal((6.2m + 6.3m + 6.1m + 6.0m + 6.6m) / 5, uitslag.CeGemiddelde);
    }
}
