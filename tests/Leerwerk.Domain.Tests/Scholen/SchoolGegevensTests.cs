using Leerwerk.Domain.Scholen.Gegevens;

namespace Leerwerk.Domain.Tests.Scholen;

public sealed class SchoolGegevensTests
{
    [Theory]
    [InlineData("09XY", "09XY")]
    [InlineData(" 09xy ", "09XY")]
    [InlineData("25lh", "25LH")]
    public void Brin_TwoDigitsThenTwoLetters_IsNormalized(string input, string expected)
    {
        Assert.Equal(expected, Brin.Normalize(input));
        Assert.Null(Brin.Fout(input));
    }

    [Theory]
    [InlineData("XY09")]
    [InlineData("9XY")]
    [InlineData("09XYZ")]
    [InlineData("0912")]
    [InlineData("09X1")]
    public void Brin_NotTwoDigitsThenTwoLetters_FailsWithDutchMessage(string input)
    {
        Assert.Null(Brin.Normalize(input));
        Assert.Equal($"'{input}' is geen BRIN-nummer: dat zijn vier tekens, twee cijfers en dan twee letters, bijvoorbeeld 09XY.", Brin.Fout(input));
    }

    [Fact]
    public void Brin_Empty_AsksForIt()
    {
        Assert.Equal("Vul het BRIN-nummer van de school in.", Brin.Fout("  "));
    }

    [Theory]
    [InlineData("00", null)]
    [InlineData("01", null)]
    [InlineData("1", "'1' is geen vestigingsnummer: dat zijn twee cijfers, bijvoorbeeld 00 of 01.")]
    [InlineData("0A", "'0A' is geen vestigingsnummer: dat zijn twee cijfers, bijvoorbeeld 00 of 01.")]
    [InlineData("", "Vul het vestigingsnummer in (twee cijfers, bijvoorbeeld 00).")]
    public void Vestiging_IsTwoDigits(string input, string? expected)
    {
        Assert.Equal(expected, Brin.VestigingFout(input));
    }

    [Theory]
    [InlineData("1234 AB", "1234 AB")]
    [InlineData("1234ab", "1234 AB")]
    [InlineData(" 4001 ab ", "4001 AB")]
    public void Postcode_InDutchForm_IsNormalized(string input, string expected)
    {
        Assert.Equal(expected, Postcode.Normalize(input));
        Assert.Null(Postcode.Fout(input));
    }

    [Theory]
    [InlineData("0123 AB")]
    [InlineData("123 AB")]
    [InlineData("1234 A")]
    [InlineData("1234-AB")]
    [InlineData("AB 1234")]
    public void Postcode_NotInDutchForm_FailsWithDutchMessage(string input)
    {
        Assert.Null(Postcode.Normalize(input));
        Assert.Equal($"'{input}' is geen postcode: schrijf vier cijfers en twee letters, bijvoorbeeld 1234 AB.", Postcode.Fout(input));
    }

    [Fact]
    public void Adres_Complete_HasNoFoutenAndOneLine()
    {
        var adres = new Adres("Rivierenlaan", "12a", "4001 AB", "Tiel");

        Assert.Empty(adres.Fouten());
        Assert.True(adres.IsCompleet);
        Assert.Equal("Rivierenlaan 12a, 4001 AB Tiel", adres.Regel);
    }

    [Fact]
    public void Adres_Incomplete_NamesEveryMissingPartInDutch()
    {
        var fouten = new Adres(null, "a12", "12345", " ").Fouten();

        Assert.Equal("Vul de straat in.", fouten["Straat"]);
        Assert.Equal("'a12' is geen huisnummer: het begint met een cijfer, bijvoorbeeld 12 of 12a.", fouten["Huisnummer"]);
        Assert.Equal("'12345' is geen postcode: schrijf vier cijfers en twee letters, bijvoorbeeld 1234 AB.", fouten["Postcode"]);
        Assert.Equal("Vul de plaats in.", fouten["Plaats"]);
    }

    [Fact]
    public void Adres_OnlyCity_IsOneLineWithoutCommas()
    {
        Assert.Equal("Tiel", new Adres(null, null, null, "Tiel").Regel);
        Assert.False(new Adres(null, null, null, "Tiel").IsCompleet);
        Assert.Equal(string.Empty, new Adres(null, null, null, null).Regel);
    }
}
