using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class AfrondingTests
{
    [Theory]
    [InlineData("5.45", 5)]
    [InlineData("5.5", 6)]
    [InlineData("6.5", 7)]
    [InlineData("5.49", 5)]
    [InlineData("4.5", 5)]
    public void Heel_FirstDecimalDecides_RoundsHalfUpInOneStep(string value, int expected) =>
        Assert.Equal(expected, Afronding.Heel(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Eindcijfer_MeanIs5Comma45_IsFiveNotSix() =>
        Assert.Equal(5, Afronding.Eindcijfer(5.4m, 5.5m));

    [Fact]
    public void Eindcijfer_MeanIs5Comma5_IsSix() =>
        Assert.Equal(6, Afronding.Eindcijfer(5.0m, 6.0m));

    [Theory]
    [InlineData(SeAfronding.HalfUp, "6.45", 6)]
    [InlineData(SeAfronding.HalfUp, "6.5", 7)]
    [InlineData(SeAfronding.EerstEenDecimaal, "6.45", 7)]
    [InlineData(SeAfronding.EerstEenDecimaal, "6.44", 6)]
    [InlineData(SeAfronding.Afkappen, "6.99", 6)]
    public void SeZonderCe_SchoolSetting_RoundsThePtaAverageThatWay(SeAfronding afronding, string pta, int expected) =>
        Assert.Equal(expected, Afronding.SeZonderCe(decimal.Parse(pta, System.Globalization.CultureInfo.InvariantCulture), afronding));

    [Fact]
    public void Combinatiecijfer_MeanIs5Comma5_IsSix() =>
        Assert.Equal(6, Afronding.Combinatiecijfer([6, 6, 5, 5]));

    [Theory]
    [InlineData("6.4", 1, true)]
    [InlineData("6.40", 1, true)]
    [InlineData("6.45", 1, false)]
    [InlineData("6.45", 2, true)]
    [InlineData("6.456", 2, false)]
    public void HeeftHoogstens_CountsSignificantDecimals(string value, int decimals, bool expected) =>
        Assert.Equal(expected, Afronding.HeeftHoogstens(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));
}
