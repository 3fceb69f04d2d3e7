using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Domain.Tests.Scholen;

public sealed class SchoolvakantiesTests
{
    public static TheoryData<Regio, int> RegioJaren()
    {
        var data = new TheoryData<Regio, int>();
        foreach (var jaar in Schoolvakanties.Schooljaren)
        {
            foreach (var regio in Enum.GetValues<Regio>())
            {
                data.Add(regio, jaar);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegioJaren))]
    public void EveryHoliday_RunsSaturdayToSunday_ZomervakantieSixWeeks(Regio regio, int jaar)
    {
        var vakanties = Schoolvakanties.Van(regio, jaar);

        Assert.Equal(["Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie", "Zomervakantie"], vakanties.Select(v => v.Omschrijving));
        Assert.All(vakanties, v => Assert.Equal((DayOfWeek.Saturday, DayOfWeek.Sunday), (v.Van.DayOfWeek, v.Tot.DayOfWeek)));
        var zomer = vakanties.Single(v => v.Omschrijving == "Zomervakantie");
        Assert.Equal(6 * 7 + 2, zomer.Tot.DayNumber - zomer.Van.DayNumber + 1);
        Assert.All(vakanties.SkipLast(1), v => Assert.Equal(jaar, Schoolkalender.SchooljaarVan(v.Van)));
    }

    [Theory]
    [MemberData(nameof(Jaren))]
    public void Zomervakantie_ThreeRegios_StaggeredByOneWeekEach(int jaar)
    {
        var starts = Enum.GetValues<Regio>().Select(r => Schoolvakanties.Van(r, jaar).Single(v => v.Omschrijving == "Zomervakantie").Van).Order().ToList();

        Assert.Equal(3, starts.Distinct().Count());
        Assert.Equal([7, 7], [starts[1].DayNumber - starts[0].DayNumber, starts[2].DayNumber - starts[1].DayNumber]);
    }

    public static TheoryData<int> Jaren() => [.. Schoolvakanties.Schooljaren];

    [Fact]
    public void Jaar2025_Noord_AsRijksoverheidPublishesThem()
    {
        var noord = Schoolvakanties.Van(Regio.Noord, 2025);

        Assert.Equal(
            [
                (new DateOnly(2025, 10, 18), new DateOnly(2025, 10, 26)),
                (new DateOnly(2025, 12, 20), new DateOnly(2026, 1, 4)),
                (new DateOnly(2026, 2, 21), new DateOnly(2026, 3, 1)),
                (new DateOnly(2026, 4, 25), new DateOnly(2026, 5, 3)),
                (new DateOnly(2026, 7, 4), new DateOnly(2026, 8, 16)),
            ],
            noord.Select(v => (v.Van, v.Tot)));
    }

    [Fact]
    public void UnknownYear_NoHolidays_AndSeedingAddsNothing()
    {
        var kalender = Schoolkalender.Standaard(2030, schoolId: 4);

        Schoolvakanties.VoegToe(kalender, Regio.Midden);

        Assert.Empty(Schoolvakanties.Van(Regio.Midden, 2030));
        Assert.Empty(kalender.VrijePeriodes);
    }

    [Fact]
    public void VoegToe_TwiceOnOneCalendar_EachHolidayOnceForTheSchool()
    {
        var kalender = Schoolkalender.Standaard(2025, schoolId: 4);

        Schoolvakanties.VoegToe(kalender, Regio.Zuid);
        Schoolvakanties.VoegToe(kalender, Regio.Zuid);

        Assert.Equal(5, kalender.VrijePeriodes.Count);
        Assert.All(kalender.VrijePeriodes, v => Assert.Equal(4, v.SchoolId));
        Assert.Contains(kalender.VrijePeriodes, v => v.Omschrijving == "Herfstvakantie" && v.Van == new DateOnly(2025, 10, 11));
    }

    [Fact]
    public void Entered_TakesThePlaceOfTheBuiltInOfItsKind_OnlyForItsRegioAndYear()
    {
        LandelijkeVakantie[] ingevoerd =
        [
            new() { Schooljaar = 2025, Regio = Regio.Zuid, Omschrijving = "Herfstvakantie", Van = new DateOnly(2025, 10, 18), Tot = new DateOnly(2025, 10, 26) },
            new() { Schooljaar = 2025, Regio = Regio.Noord, Omschrijving = "Meivakantie", Van = new DateOnly(2026, 4, 18), Tot = new DateOnly(2026, 4, 26) },
            new() { Schooljaar = 2026, Regio = Regio.Zuid, Omschrijving = "Kerstvakantie", Van = new DateOnly(2026, 12, 19), Tot = new DateOnly(2027, 1, 3) },
        ];

        var zuid2025 = Schoolvakanties.Van(Regio.Zuid, 2025, ingevoerd);
        var zuid2026 = Schoolvakanties.Van(Regio.Zuid, 2026, ingevoerd);

        Assert.Equal(Schoolvakanties.Soorten, zuid2025.Select(v => v.Omschrijving));
        Assert.Equal(new DateOnly(2025, 10, 18), zuid2025[0].Van);
        Assert.Equal(new DateOnly(2026, 4, 25), zuid2025.Single(v => v.Omschrijving == "Meivakantie").Van);
        Assert.Equal([("Kerstvakantie", new DateOnly(2026, 12, 19))], zuid2026.Select(v => (v.Omschrijving, v.Van)));
    }
}
