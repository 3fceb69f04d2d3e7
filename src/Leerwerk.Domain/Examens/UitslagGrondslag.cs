using System.Globalization;
using System.Text.Json;

namespace Leerwerk.Domain.Examens;

/// <summary>
/// The grades a vastgestelde uitslag was based on, as one canonical JSON text: the route, LO and kunstvakken, and per
/// subject (in the school's order) its name, kind, part, SE, CE and herkansing. Grades are written without trailing
/// zeros ("7.5", never "7.50"), because PostgreSQL returns a numeric with its column's scale and SQLite does not, and a
/// stored snapshot must equal a fresh one exactly when nothing changed.
/// </summary>
public static class UitslagGrondslag
{
    public static string Van(Kandidaat kandidaat)
    {
        ArgumentNullException.ThrowIfNull(kandidaat);
        var inhoud = new Inhoud(
            kandidaat.Route.ToString(),
            kandidaat.Lo?.ToString(),
            kandidaat.Kunstvakken?.ToString(),
            [.. kandidaat.Vakken.Select(v => new VakInhoud(v.Name, v.Soort.ToString(), v.Deel?.ToString(), Getal(v.Se), Getal(v.Ce), Getal(v.CeResit)))]);
        return JsonSerializer.Serialize(inhoud);
    }

    /// <summary>The subjects of a stored grondslag, or none for a text that is not one.</summary>
    public static IReadOnlyList<VakInhoud> Vakken(string grondslag)
    {
        try
        {
            return JsonSerializer.Deserialize<Inhoud>(grondslag)?.Vakken ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Getal(decimal? waarde) =>
        waarde is { } w ? w.ToString("0.##", CultureInfo.InvariantCulture) : null;

    /// <summary>One subject in the grondslag; grades as invariant text ("6.4").</summary>
    public sealed record VakInhoud(string Naam, string Soort, string? Deel, string? Se, string? Ce, string? CeHerkansing);

    private sealed record Inhoud(string Route, string? Lo, string? Kunstvakken, IReadOnlyList<VakInhoud> Vakken);
}
