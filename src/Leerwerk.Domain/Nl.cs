using System.Globalization;

namespace Leerwerk.Domain;

/// <summary>The nl-NL culture, used for every string a user reads: decimal commas and Dutch dates.</summary>
public static class Nl
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A date as Dutch readers write it: "1 september 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>
    /// The one way hours and grades are shown: a comma, at most two decimals, no trailing zeros (7.5 → "7,5",
    /// 640 → "640", 7.25 → "7,25"). A decimal keeps the scale it was read with (PostgreSQL's numeric(4,2) gives
    /// 7.50, SQLite gives 7.5), so the scale is never shown. Stored values have at most two decimals; a computed
    /// one (an average, a share) is rounded half away from zero, and a result that rounds to zero is "0", not "-0".
    /// </summary>
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0m ? 0m : rounded).ToString("0.##", Culture);
    }

    /// <summary>
    /// <see cref="Number"/> with thousands separators, for totals a user reads (18420.75 → "18.420,75",
    /// 1280 → "1.280"). Not for the value of a form field or a CSV cell: the model binder and spreadsheets
    /// read those back, and a point there is not a thousands separator to them.
    /// </summary>
    public static string Amount(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0m ? 0m : rounded).ToString("#,0.##", Culture);
    }

    /// <summary>A sentence starts with a capital, also when it starts with a label in lower case ("week 1 …" → "Week 1 …").</summary>
    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];
    }
}
