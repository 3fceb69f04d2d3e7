using Leerwerk.Domain.Kalender;

namespace Leerwerk.Data.Demo;

/// <summary>
/// The demo school's calendars for 2025-2026 and 2026-2027 with the school holidays of regio Midden (a region's
/// holidays run Saturday to Sunday), plus a few study days. Checked for 2025-2026 against schools' published
/// calendars in regio Midden: summer holidays 19 July–31 August 2025 and 18 July–30 August 2026, autumn 18–26 October,
/// Christmas 20 December–4 January, spring 14–22 February; the May holiday is the week the Rijksoverheid fixes
/// (many schools add the week before). The 2026-2027 holidays after the summer are the demo's own assumption.
/// Class 4B2 has its stage days on Tuesday and Thursday and in-school lessons Monday, Wednesday and Friday.
/// </summary>
internal static class DemoSchoolkalender
{
    public static IEnumerable<Schoolkalender> Create(int schoolId)
    {
        yield return Year(schoolId, 2025, new(2025, 9, 1), new(2026, 7, 17), new(2026, 5, 11),
        [
            ("Herfstvakantie", new(2025, 10, 18), new(2025, 10, 26)),
            ("Studiedag", new(2025, 11, 24), new(2025, 11, 24)),
            ("Kerstvakantie", new(2025, 12, 20), new(2026, 1, 4)),
            ("Voorjaarsvakantie", new(2026, 2, 14), new(2026, 2, 22)),
            ("Meivakantie", new(2026, 4, 25), new(2026, 5, 3)),
            ("Vrije dag na Hemelvaart", new(2026, 5, 15), new(2026, 5, 15)),
        ]);
        yield return Year(schoolId, 2026, new(2026, 8, 31), new(2027, 7, 16), new(2027, 5, 10),
        [
            ("Herfstvakantie", new(2026, 10, 17), new(2026, 10, 25)),
            ("Studiedag", new(2026, 11, 23), new(2026, 11, 23)),
            ("Kerstvakantie", new(2026, 12, 19), new(2027, 1, 3)),
            ("Voorjaarsvakantie", new(2027, 2, 20), new(2027, 2, 28)),
            ("Meivakantie", new(2027, 4, 24), new(2027, 5, 2)),
            ("Vrije dag na Hemelvaart", new(2027, 5, 7), new(2027, 5, 7)),
        ]);
    }

    private static Schoolkalender Year(int schoolId, int year, DateOnly first, DateOnly last, DateOnly tijdvak, (string Name, DateOnly Van, DateOnly Tot)[] vrij)
    {
        var kalender = Schoolkalender.Standaard(year, schoolId);
        kalender.EersteSchooldag = first;
        kalender.LaatsteSchooldag = last;
        kalender.EersteTijdvak = tijdvak;
        kalender.VrijePeriodes.AddRange(vrij.Select(v => new VrijePeriode { SchoolId = schoolId, Van = v.Van, Tot = v.Tot, Omschrijving = v.Name }));
        kalender.Lesdagen.Add(new KlasLesdagen { SchoolId = schoolId, ClassName = "4B2", Dinsdag = false, Donderdag = false });
        return kalender;
    }
}
