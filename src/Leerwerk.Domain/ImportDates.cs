using System.Globalization;

namespace Leerwerk.Domain;

/// <summary>
/// The one list of date notations every import accepts (the LAS as CSV or XLSX, the erkende leerbedrijven, the stage
/// hours, the calendar): day first with '-', '/' or '.' and one or two digits for day and month (19-10-2026,
/// 1-9-2026, 19/10/2026, 19.10.2026), or ISO 2026-10-19. A time after the date, which some exports add
/// ("12-05-2011 00:00"), is ignored.
/// </summary>
public static class ImportDates
{
    public static readonly IReadOnlyList<string> Formats =
    [
        "d-M-yyyy", "dd-MM-yyyy", "d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd",
    ];

    private static readonly string[] FormatArray = [.. Formats];

    /// <summary>The date written in <paramref name="text"/>; false when it is not a real date in one of the notations.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            trimmed = trimmed[..space];
        }

        return DateOnly.TryParseExact(trimmed, FormatArray, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
