using System.Text.RegularExpressions;

namespace Leerwerk.Domain.Scholen.Gegevens;

/// <summary>
/// A Dutch postcode in the form "1234 AB": four digits not starting with 0, a space, two letters.
/// "1234ab" and "1234  AB" are accepted and written as "1234 AB".
/// </summary>
public static partial class Postcode
{
    /// <summary>The postcode as stored ("1234 AB"), or null when it is not a Dutch postcode.</summary>
    public static string? Normalize(string? text)
    {
        var match = Pattern().Match(text?.Trim().ToUpperInvariant() ?? string.Empty);
        return match.Success ? $"{match.Groups[1].Value} {match.Groups[2].Value}" : null;
    }

    /// <summary>A Dutch message when the postcode is missing or not in the form 1234 AB; null when it is fine.</summary>
    public static string? Fout(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Vul de postcode in, bijvoorbeeld 1234 AB."
        : Normalize(text) is null ? $"'{text.Trim()}' is geen postcode: schrijf vier cijfers en twee letters, bijvoorbeeld 1234 AB."
        : null;

    [GeneratedRegex("^([1-9][0-9]{3}) ?([A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
