namespace Leerwerk.Domain.Kalender;

/// <summary>
/// Answers "is the school open on this day, and does this class have lessons" over the school calendars
/// a school has entered. A school year without a calendar falls back to every weekday that is not a public
/// holiday (<see cref="Covers"/> is then false, so callers can say the holidays were not taken into account).
/// </summary>
public sealed class Schooldagen
{
    private readonly Dictionary<int, Schoolkalender> _byYear;
    private readonly Dictionary<int, HashSet<DateOnly>> _feestdagen = [];

    public Schooldagen(IEnumerable<Schoolkalender> kalenders)
    {
        ArgumentNullException.ThrowIfNull(kalenders);
        _byYear = kalenders.GroupBy(k => k.Schooljaar).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>No calendar entered: weekdays minus public holidays.</summary>
    public static Schooldagen Geen { get; } = new([]);

    public IReadOnlyCollection<Schoolkalender> Kalenders => _byYear.Values;

    /// <summary>True when the school entered a calendar for the school year of the date.</summary>
    public bool Covers(DateOnly date) => _byYear.ContainsKey(Schoolkalender.SchooljaarVan(date));

    public Schoolkalender? Kalender(int schooljaar) => _byYear.GetValueOrDefault(schooljaar);

    /// <summary>The calendar of a school year, or the defaults when none was entered.</summary>
    public Schoolkalender KalenderOfStandaard(int schooljaar) => Kalender(schooljaar) ?? Schoolkalender.Standaard(schooljaar);

    /// <summary>The start of the exam period of a school year: the CSPE window (1 April unless the calendar says otherwise).</summary>
    public DateOnly Examenperiode(int schooljaar) => KalenderOfStandaard(schooljaar).CspeVanaf;

    /// <summary>A public holiday the school is closed on, or null.</summary>
    public bool IsFeestdag(DateOnly date)
    {
        if (!_feestdagen.TryGetValue(date.Year, out var days))
        {
            var vrij = Kalender(Schoolkalender.SchooljaarVan(new DateOnly(date.Year, 5, 5)))?.BevrijdingsdagVrij ?? true;
            days = [.. Feestdagen.In(date.Year, vrij).Select(f => f.Date)];
            _feestdagen[date.Year] = days;
        }

        return days.Contains(date);
    }

    /// <summary>The school is open: a weekday within the school year, not a public holiday, holiday or free day.</summary>
    public bool IsOpen(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsFeestdag(date))
        {
            return false;
        }

        var kalender = Kalender(Schoolkalender.SchooljaarVan(date));
        return kalender is null
            || (date >= kalender.EersteSchooldag && date <= kalender.LaatsteSchooldag && !kalender.VrijePeriodes.Any(v => v.Covers(date)));
    }

    /// <summary>The school is open and the class has in-school teaching on this weekday.</summary>
    public bool IsLesdag(DateOnly date, string? className)
    {
        if (!IsOpen(date))
        {
            return false;
        }

        var kalender = Kalender(Schoolkalender.SchooljaarVan(date));
        var lesdagen = kalender?.Lesdagen.FirstOrDefault(l => string.Equals(l.ClassName, className, StringComparison.OrdinalIgnoreCase));
        return lesdagen?.HasLes(date.DayOfWeek) ?? true;
    }

    /// <summary>Why the school is closed on a day (for the calendar page), or null when it is open.</summary>
    public string? Reden(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return "weekend";
        }

        var kalender = Kalender(Schoolkalender.SchooljaarVan(date));
        var feestdag = Feestdagen.In(date.Year, kalender?.BevrijdingsdagVrij ?? true).FirstOrDefault(f => f.Date == date);
        if (feestdag is not null)
        {
            return feestdag.Name;
        }

        if (kalender is null)
        {
            return null;
        }

        return date < kalender.EersteSchooldag || date > kalender.LaatsteSchooldag
            ? "zomervakantie"
            : kalender.VrijePeriodes.FirstOrDefault(v => v.Covers(date))?.Omschrijving;
    }
}
