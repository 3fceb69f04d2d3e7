using Leerwerk.Domain.Kalender;

namespace Leerwerk.Domain.Tests.Kalender;

public sealed class FeestdagenTests
{
    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Pasen_KnownYears_MatchesTheCalendar(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Feestdagen.Pasen(year));
    }

    [Theory]
    [InlineData(2025, 26)]
    [InlineData(2026, 27)]
    [InlineData(2031, 26)]
    [InlineData(2027, 27)]
    public void Koningsdag_OnSunday_MovesToSaturday(int year, int day)
    {
        Assert.Equal(new DateOnly(year, 4, day), Feestdagen.Koningsdag(year));
    }

    [Fact]
    public void In_2026_HasTheMoveableFeastsFromEaster()
    {
        var days = Feestdagen.In(2026).ToDictionary(f => f.Name, f => f.Date);

        Assert.Equal(new DateOnly(2026, 4, 3), days["Goede Vrijdag"]);
        Assert.Equal(new DateOnly(2026, 4, 6), days["2e Paasdag"]);
        Assert.Equal(new DateOnly(2026, 5, 14), days["Hemelvaartsdag"]);
        Assert.Equal(new DateOnly(2026, 5, 24), days["1e Pinksterdag"]);
        Assert.Equal(new DateOnly(2026, 5, 25), days["2e Pinksterdag"]);
        Assert.Equal(new DateOnly(2026, 1, 1), days["Nieuwjaarsdag"]);
        Assert.Equal(new DateOnly(2026, 12, 26), days["2e Kerstdag"]);
        Assert.False(days.ContainsKey("Bevrijdingsdag"));
    }

    [Theory]
    [InlineData(2025, true, true)]
    [InlineData(2025, false, false)]
    [InlineData(2030, true, true)]
    [InlineData(2026, true, false)]
    public void Bevrijdingsdag_OnlyInLustrumYearsWhenTheSchoolChoosesIt(int year, bool vrij, bool expected)
    {
        Assert.Equal(expected, Feestdagen.In(year, vrij).Any(f => f.Date == new DateOnly(year, 5, 5)));
    }
}
