using System.Globalization;

namespace Leerwerk.Domain.StageUren;

/// <summary>An ISO week (Monday to Sunday), as the week grid and the approval link group hours.</summary>
public readonly record struct StageWeek(int Year, int Week)
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>Monday to Friday: the days the rooster plans stage on.</summary>
    public IEnumerable<DateOnly> WorkDays => Enumerable.Range(0, 5).Select(Monday.AddDays);

    public static StageWeek Of(DateOnly date)
    {
        var moment = date.ToDateTime(TimeOnly.MinValue);
        return new StageWeek(ISOWeek.GetYear(moment), ISOWeek.GetWeekOfYear(moment));
    }

    /// <summary>Reads "2026-W49" (the HTML week input); null when it is not a week.</summary>
    public static StageWeek? Parse(string? text)
    {
        if (text is not { Length: 8 } || text[4] != '-' || text[5] is not ('W' or 'w')
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || year < 2000 || year > 2100 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        return new StageWeek(year, week);
    }

    public StageWeek Next => Of(Monday.AddDays(7));

    public StageWeek Previous => Of(Monday.AddDays(-7));

    /// <summary>"2026-W49", the value of an HTML week input.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    /// <summary>"week 49 (30 november t/m 4 december 2026)".</summary>
    public string Label() => $"week {Week} ({Monday.ToString("d MMMM", Nl.Culture)} t/m {Monday.AddDays(4).ToString("d MMMM yyyy", Nl.Culture)})";
}
