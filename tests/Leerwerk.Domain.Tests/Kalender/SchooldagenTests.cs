using Leerwerk.Domain.Kalender;

namespace Leerwerk.Domain.Tests.Kalender;

public sealed class SchooldagenTests
{
    internal static Schoolkalender Kalender2026()
    {
        var kalender = Schoolkalender.Standaard(2026);
        kalender.EersteSchooldag = new DateOnly(2026, 8, 31);
        kalender.LaatsteSchooldag = new DateOnly(2027, 7, 16);
        kalender.VrijePeriodes.Add(new VrijePeriode { Van = new DateOnly(2026, 10, 17), Tot = new DateOnly(2026, 10, 25), Omschrijving = "Herfstvakantie" });
        kalender.VrijePeriodes.Add(new VrijePeriode { Van = new DateOnly(2026, 11, 20), Tot = new DateOnly(2026, 11, 20), Omschrijving = "Studiedag" });
        kalender.Lesdagen.Add(new KlasLesdagen { ClassName = "4B", Donderdag = false, Vrijdag = false });
        return kalender;
    }

    [Theory]
    [InlineData("2026-10-16", true)]
    [InlineData("2026-10-19", false)]
    [InlineData("2026-10-26", true)]
    [InlineData("2026-11-20", false)]
    [InlineData("2026-11-21", false)]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-08-28", false)]
    [InlineData("2026-08-31", true)]
    [InlineData("2027-07-16", true)]
    [InlineData("2027-07-19", false)]
    [InlineData("2027-05-06", false)]
    public void IsOpen_HolidaysPublicHolidaysAndSummer_AreClosed(string date, bool open)
    {
        var dagen = new Schooldagen([Kalender2026()]);

        Assert.Equal(open, dagen.IsOpen(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsLesdag_ClassWithoutThursdayLessons_HasNoLesdagOnThursday()
    {
        var dagen = new Schooldagen([Kalender2026()]);
        var thursday = new DateOnly(2026, 11, 26);

        Assert.False(dagen.IsLesdag(thursday, "4B"));
        Assert.True(dagen.IsLesdag(thursday, "4A"));
        Assert.True(dagen.IsLesdag(thursday.AddDays(-1), "4b"));
    }

    [Fact]
    public void WithoutCalendar_WeekdaysMinusPublicHolidaysAreOpen_AndCoversIsFalse()
    {
        Assert.False(Schooldagen.Geen.Covers(new DateOnly(2026, 10, 19)));
        Assert.True(Schooldagen.Geen.IsOpen(new DateOnly(2026, 10, 19)));
        Assert.False(Schooldagen.Geen.IsOpen(new DateOnly(2027, 3, 26)));
        Assert.Equal(new DateOnly(2027, 4, 1), Schooldagen.Geen.Examenperiode(2026));
    }

    [Fact]
    public void Reden_NamesHolidayAndPublicHoliday()
    {
        var dagen = new Schooldagen([Kalender2026()]);

        Assert.Equal("Herfstvakantie", dagen.Reden(new DateOnly(2026, 10, 19)));
        Assert.Equal("1e Kerstdag", dagen.Reden(new DateOnly(2026, 12, 25)));
        Assert.Equal("zomervakantie", dagen.Reden(new DateOnly(2027, 7, 20)));
        Assert.Null(dagen.Reden(new DateOnly(2026, 10, 26)));
    }
}
