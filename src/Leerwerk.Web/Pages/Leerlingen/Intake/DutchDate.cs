using System.Globalization;
using Leerwerk.Domain;

namespace Leerwerk.Web.Pages.Leerlingen.Intake;

/// <summary>
/// Dates typed the Dutch way: "12-03-2026", "12-3-2026", "12 maart 2026" (and ISO "2026-03-12" from a date picker).
/// Text inputs keep what was typed, so a wrong date is shown back with its message and nothing is lost.
/// </summary>
public static class DutchDate
{
    private static readonly string[] Formats = ["d-M-yyyy", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd"];

    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, Nl.Culture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The value an input shows: "12-03-2026", empty when there is no date.</summary>
    public static string Input(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
}
