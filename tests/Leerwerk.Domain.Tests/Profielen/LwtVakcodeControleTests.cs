using Leerwerk.Domain.Profielen;

namespace Leerwerk.Domain.Tests.Profielen;

/// <summary>Rule A7 for one student: registered with his profiel's LWT vakcode, not a regular code nor another profiel's.</summary>
public sealed class LwtVakcodeControleTests
{
    [Theory]
    [InlineData("ZW")]
    [InlineData("ZW", "7611")]
    [InlineData("ZW", " 7611 ")]
    [InlineData("ZW", "ZW-BB", "7611")]
    [InlineData("BWI", "7011")]
    public void TheRightCode_OrNoMappedCode_CanBeRegistered(string profiel, params string[] codes) =>
        Assert.Null(LwtVakcodeControle.Probleem(profiel, codes));

    [Fact]
    public void ARegularCode_IsRefused_NamingTheRightCode() =>
        Assert.Equal("Het profielvak staat op de gewone vakcode ZW-BB, niet op de LWT-vakcode 7611 van Z&W.",
            LwtVakcodeControle.Probleem("ZW", ["ZW-BB"]));

    [Fact]
    public void AnotherProfielsLwtCode_IsRefused_NamingBoth() =>
        Assert.Equal("Het profielvak staat op de LWT-vakcode 7011 van BWI, niet op 7611 van Z&W.",
            LwtVakcodeControle.Probleem("ZW", ["7011"]));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Sport")]
    public void WithoutAKnownProfiel_TheCodeCannotBeDetermined(string? profiel) =>
        Assert.Contains("niet te bepalen", LwtVakcodeControle.Probleem(profiel, []), StringComparison.Ordinal);

    [Fact]
    public void TheNationalCount_IsTheBrochures1207()
    {
        Assert.Equal(Domain.Profielen.Profielen.All.Select(p => p.Code), LandelijkeTelling.Rijen.Select(r => r.ProfielCode));
        Assert.Equal(435, LandelijkeTelling.Rijen.Sum(r => r.Leerjaar3));
        Assert.Equal(772, LandelijkeTelling.Rijen.Sum(r => r.Leerjaar4));
        Assert.Equal(1207, LandelijkeTelling.Rijen.Sum(r => r.Totaal));
    }
}
