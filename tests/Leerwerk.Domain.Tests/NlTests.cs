using System.Globalization;

namespace Leerwerk.Domain.Tests;

/// <summary>The nl-NL formatter every page, document and export shows hours and grades with.</summary>
public sealed class NlTests
{
    [Theory]
    [InlineData("7.50000", "7,5")]
    [InlineData("7.50", "7,5")]
    [InlineData("7.5", "7,5")]
    [InlineData("8.000", "8")]
    [InlineData("8", "8")]
    [InlineData("7.25", "7,25")]
    [InlineData("7.7500", "7,75")]
    [InlineData("0", "0")]
    [InlineData("0.00", "0")]
    [InlineData("640", "640")]
    [InlineData("1280.00", "1280")]
    [InlineData("5.45", "5,45")]
    [InlineData("-7.50", "-7,5")]
    public void Number_ShowsTheValueWithACommaAndWithoutTheScaleItWasReadWith(string invariant, string expected)
    {
        Assert.Equal(expected, Nl.Number(decimal.Parse(invariant, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Number_TheSameValueInAnyScale_IsTheSameText()
    {
        // What SQLite (7.5) and PostgreSQL numeric(4,2) / numeric(9,5) hand back for the same stored value.
        Assert.Equal(["7,5"], new[] { 7.5m, 7.50m, 7.50000m }.Select(Nl.Number).Distinct());
    }

    [Theory]
    [InlineData("6.125", "6,13")]
    [InlineData("6.124", "6,12")]
    [InlineData("-6.125", "-6,13")]
    [InlineData("-0.001", "0")]
    [InlineData("0.004", "0")]
    public void Number_AComputedValue_IsRoundedToTwoDecimalsHalfAwayFromZero(string invariant, string expected)
    {
        Assert.Equal(expected, Nl.Number(decimal.Parse(invariant, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("18420.75", "18.420,75")]
    [InlineData("1280.00", "1.280")]
    [InlineData("1234567.5", "1.234.567,5")]
    [InlineData("999.999", "1.000")]
    [InlineData("640", "640")]
    [InlineData("7.50", "7,5")]
    [InlineData("-0.001", "0")]
    [InlineData("-1280.5", "-1.280,5")]
    public void Amount_GroupsThousandsWithAPointAndRoundsLikeNumber(string invariant, string expected)
    {
        Assert.Equal(expected, Nl.Amount(decimal.Parse(invariant, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("week 1 (7 september t/m 11 september 2026) is goedgekeurd.", "Week 1 (7 september t/m 11 september 2026) is goedgekeurd.")]
    [InlineData("Al een hoofdletter.", "Al een hoofdletter.")]
    [InlineData("ëen", "Ëen")]
    [InlineData("", "")]
    public void Sentence_StartsWithACapital(string text, string expected)
    {
        Assert.Equal(expected, Nl.Sentence(text));
    }
}
