using System.Collections;
using System.Globalization;

namespace Leerwerk.Cli.Backup;

/// <summary>
/// The invariant text form of a database value for <see cref="DatabaseChecksum"/>: the same value gives the same text
/// whatever the machine's culture or time zone, so a backup made on one server checks out on another.
/// </summary>
internal static class ValueText
{
    /// <summary>The text of <paramref name="value"/>; null for SQL NULL, which no text can be mistaken for.</summary>
    public static string? Of(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        byte[] bytes => Convert.ToHexString(bytes),
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        // PostgreSQL arrays (integer[]): each element in its own text form, length-prefixed so that no element can
        // swallow its neighbour.
        IEnumerable items => "[" + string.Concat(items.Cast<object?>().Select(Framed)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>The value as "N;" (null) or "length:text", so that a sequence of them reads back one way only.</summary>
    public static string Framed(object? value) => Of(value) is { } text
        ? string.Create(CultureInfo.InvariantCulture, $"{text.Length}:{text}")
        : "N;";
}
