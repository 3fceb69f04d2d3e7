using System.Globalization;

namespace Leerwerk.Data.Demo;

/// <summary>
/// The demo's school-year dates, derived from the reference date so the demo is always "this year".
/// The real school calendar (holidays per region) is entered per school; this is only for the demo data.
/// </summary>
internal static class DemoCalendar
{
    /// <summary>The Monday the school year of <paramref name="date"/> started: the first Monday from 20 August.</summary>
    public static DateOnly SchoolYearStart(DateOnly date)
    {
        var year = date.Month >= 8 && date >= FirstMondayFrom(new DateOnly(date.Year, 8, 20)) ? date.Year : date.Year - 1;
        return FirstMondayFrom(new DateOnly(year, 8, 20));
    }

    /// <summary>The Friday before the summer holiday: the second Friday of July.</summary>
    public static DateOnly SchoolYearEnd(DateOnly start)
    {
        var july = new DateOnly(start.Year + 1, 7, 1);
        while (july.DayOfWeek != DayOfWeek.Friday)
        {
            july = july.AddDays(1);
        }

        return july.AddDays(7);
    }

    /// <summary>Holidays as the demo knows them: autumn (week 43), Christmas, spring (week 8), May (week 18).</summary>
    public static bool IsHoliday(DateOnly date)
    {
        var week = ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
        var christmas = (date.Month == 12 && date.Day >= 21) || (date.Month == 1 && date.Day <= 3);
        return christmas || week is 43 or 8 or 18;
    }

    private static DateOnly FirstMondayFrom(DateOnly date)
    {
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
