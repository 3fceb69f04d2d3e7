using System.Globalization;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Domain.StageUren;

/// <summary>
/// Checks one day's hours as a user typed them: a Dutch decimal ("7,5"), whole quarter hours between 0
/// and 12, on a date inside the leer-werkovereenkomst and not after today. Every message names where the problem is.
/// </summary>
public static class UrenInvoer
{
    private const NumberStyles Styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>
    /// Reads "7,5" as 7.5. A dot is refused because in Dutch it separates thousands ("7.5" would be 75);
    /// an empty text is 0 hours. Returns a Dutch message naming <paramref name="where"/>, or null when valid.
    /// </summary>
    public static string? TryParse(string? text, string where, out decimal hours)
    {
        hours = 0m;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (trimmed.Contains('.', StringComparison.Ordinal))
        {
            return $"{where}: gebruik een komma voor decimalen, bijvoorbeeld 7,5 (niet '{trimmed}').";
        }

        if (!decimal.TryParse(trimmed, Styles, Nl.Culture, out hours))
        {
            return $"{where}: '{trimmed}' is geen aantal uren; schrijf bijvoorbeeld 7,5.";
        }

        return CheckHours(hours, where);
    }

    /// <summary>Whole quarter hours from 0 to 12, or a Dutch message naming <paramref name="where"/>.</summary>
    public static string? CheckHours(decimal hours, string where) => StageUrenRegel.IsValidHours(hours)
        ? null
        : $"{where}: vul 0 tot 12 uur in, in kwartieren (bijvoorbeeld 7,75); {Nl.Number(hours)} kan niet.";

    /// <summary>The date must lie within the agreement's period, both ends included.</summary>
    public static string? CheckDate(DateOnly date, Leerwerkovereenkomst agreement, string where)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return date >= agreement.StartDate && date <= agreement.EndDate
            ? null
            : $"{where}: {Nl.Date(date)} valt buiten de leer-werkovereenkomst ({Nl.Date(agreement.StartDate)} tot en met {Nl.Date(agreement.EndDate)}).";
    }

    /// <summary>
    /// Hours are a record of work done, so a day after <paramref name="today"/> has none yet: the one rule every way
    /// into the ledger uses (the form, the import, the praktijkbegeleider's approval link). Null when the day has been.
    /// </summary>
    public static string? CheckNotAfterToday(DateOnly date, DateOnly today) => IsAfterToday(date, today)
        ? $"{Nl.Date(date)} ligt na vandaag; uren worden pas ingevoerd en goedgekeurd als de dag geweest is."
        : null;

    /// <summary>Whether <paramref name="date"/> lies after <paramref name="today"/>: such a day is neither entered nor approved.</summary>
    public static bool IsAfterToday(DateOnly date, DateOnly today) => date > today;

    /// <summary>"maandag 30 november 2026": how a day is named in messages.</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", Nl.Culture);
}
