using System.Text.RegularExpressions;

namespace Leerwerk.Domain.Scholen.Gegevens;

/// <summary>
/// The BRIN number of a school: four characters, two digits followed by two letters (e.g. "09XY"),
/// and the two-digit vestiging number that follows it. Input is trimmed and upper-cased.
/// </summary>
public static partial class Brin
{
    /// <summary>The BRIN as stored ("09XY"), or null when <paramref name="text"/> fails the check.</summary>
    public static string? Normalize(string? text)
    {
        var value = text?.Trim().ToUpperInvariant();
        return value is not null && BrinPattern().IsMatch(value) ? value : null;
    }

    /// <summary>A Dutch message when the BRIN fails its check; null when it passes.</summary>
    public static string? Fout(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Vul het BRIN-nummer van de school in."
        : Normalize(text) is null ? $"'{text.Trim()}' is geen BRIN-nummer: dat zijn vier tekens, twee cijfers en dan twee letters, bijvoorbeeld 09XY."
        : null;

    /// <summary>A Dutch message when the vestiging number is not two digits; null when it is.</summary>
    public static string? VestigingFout(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Vul het vestigingsnummer in (twee cijfers, bijvoorbeeld 00)."
        : VestigingPattern().IsMatch(text.Trim()) ? null
        : $"'{text.Trim()}' is geen vestigingsnummer: dat zijn twee cijfers, bijvoorbeeld 00 of 01.";

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex BrinPattern();

    [GeneratedRegex("^[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex VestigingPattern();
}
