namespace Leerwerk.Domain.Kalender;

/// <summary>
/// A school's calendar for one school year: its first and last school day, its holidays and free days,
/// the exam period (start of the first tijdvak; the CSPE window from 1 April) and, per class, the
/// weekdays with in-school teaching. Public holidays are computed (<see cref="Feestdagen"/>), not stored.
/// </summary>
public sealed class Schoolkalender : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The calendar year the school year starts in: 2025 for 2025-2026.</summary>
    public int Schooljaar { get; set; }

    public DateOnly EersteSchooldag { get; set; }

    public DateOnly LaatsteSchooldag { get; set; }

    /// <summary>The start of the first tijdvak of the central exam.</summary>
    public DateOnly EersteTijdvak { get; set; }

    /// <summary>The first day of the CSPE window (1 April by default): the start of the exam period.</summary>
    public DateOnly CspeVanaf { get; set; }

    /// <summary>The school gives 5 May off in a lustrum year (its own choice).</summary>
    public bool BevrijdingsdagVrij { get; set; } = true;

    public List<VrijePeriode> VrijePeriodes { get; set; } = [];

    public List<KlasLesdagen> Lesdagen { get; set; } = [];

    /// <summary>"2025-2026".</summary>
    public string Naam => Label(Schooljaar);

    public static string Label(int schooljaar) => FormattableString.Invariant($"{schooljaar}-{schooljaar + 1}");

    /// <summary>The school year (by its first calendar year) a date belongs to: from 1 August.</summary>
    public static int SchooljaarVan(DateOnly date) => date.Month >= 8 ? date.Year : date.Year - 1;

    /// <summary>The first day of the school year that contains <paramref name="date"/>: 1 August (WVO 2020 art. 1.1 "schooljaar").</summary>
    public static DateOnly SchooljaarStart(DateOnly date) => new(SchooljaarVan(date), 8, 1);

    /// <summary>The first day of leerjaar <paramref name="leerjaar"/> for a student who is in <paramref name="currentLeerjaar"/> on <paramref name="date"/>.</summary>
    public static DateOnly StartVanLeerjaar(int leerjaar, int currentLeerjaar, DateOnly date) =>
        SchooljaarStart(date).AddYears(leerjaar - currentLeerjaar);

    /// <summary>A calendar with the usual defaults: 1 September to 15 July, first tijdvak mid May, CSPE from 1 April.</summary>
    public static Schoolkalender Standaard(int schooljaar, int schoolId = 0) => new()
    {
        SchoolId = schoolId,
        Schooljaar = schooljaar,
        EersteSchooldag = new DateOnly(schooljaar, 9, 1),
        LaatsteSchooldag = new DateOnly(schooljaar + 1, 7, 15),
        EersteTijdvak = new DateOnly(schooljaar + 1, 5, 12),
        CspeVanaf = new DateOnly(schooljaar + 1, 4, 1),
    };
}
