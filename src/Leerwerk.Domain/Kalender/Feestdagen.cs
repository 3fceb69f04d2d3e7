namespace Leerwerk.Domain.Kalender;

/// <summary>
/// The Dutch public holidays on which schools are closed, computed per calendar year. Easter by the
/// anonymous Gregorian algorithm (Meeus/Jones/Butcher); the other moveable feasts follow from it.
/// </summary>
public static class Feestdagen
{
    /// <summary>Easter Sunday of a Gregorian year.</summary>
    public static DateOnly Pasen(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Koningsdag: 27 April, or 26 April when the 27th is a Sunday.</summary>
    public static DateOnly Koningsdag(int year)
    {
        var day = new DateOnly(year, 4, 27);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }

    /// <summary>A lustrum year of the liberation (1945): 2025, 2030, …; then 5 May is a national day off.</summary>
    public static bool IsLustrumjaar(int year) => year % 5 == 0;

    /// <summary>
    /// The public holidays of a calendar year, in date order. Bevrijdingsdag (5 May) is included only in a
    /// lustrum year and only when the school gives it off (<paramref name="bevrijdingsdagVrij"/>).
    /// </summary>
    public static IReadOnlyList<Feestdag> In(int year, bool bevrijdingsdagVrij = true)
    {
        var pasen = Pasen(year);
        var days = new List<Feestdag>
        {
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag"),
            new(pasen.AddDays(-2), "Goede Vrijdag"),
            new(pasen, "1e Paasdag"),
            new(pasen.AddDays(1), "2e Paasdag"),
            new(Koningsdag(year), "Koningsdag"),
            new(pasen.AddDays(39), "Hemelvaartsdag"),
            new(pasen.AddDays(49), "1e Pinksterdag"),
            new(pasen.AddDays(50), "2e Pinksterdag"),
            new(new DateOnly(year, 12, 25), "1e Kerstdag"),
            new(new DateOnly(year, 12, 26), "2e Kerstdag"),
        };
        if (bevrijdingsdagVrij && IsLustrumjaar(year))
        {
            days.Add(new(new DateOnly(year, 5, 5), "Bevrijdingsdag"));
        }

        return [.. days.OrderBy(d => d.Date)];
    }
}

/// <summary>One public holiday.</summary>
public sealed record Feestdag(DateOnly Date, string Name);
