using Leerwerk.Data.Queries;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>The orders of the overview: risk (weakest forecast first), name, or class then name.</summary>
public static class Sortering
{
    public const string Risico = "risico";
    public const string Naam = "naam";
    public const string Klas = "klas";

    public static string Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Naam => Naam,
        Klas => Klas,
        _ => Risico,
    };

    public static IReadOnlyList<StageUrenOverzichtRij> Apply(IEnumerable<StageUrenOverzichtRij> rows, string sorteer) => sorteer switch
    {
        Naam => [.. rows.OrderBy(r => r.Naam, StringComparer.CurrentCulture).ThenBy(r => r.Leerlingnummer, StringComparer.Ordinal)],
        Klas => [.. rows.OrderBy(r => r.Klas, StringComparer.Ordinal).ThenBy(r => r.Naam, StringComparer.CurrentCulture)],
        _ => [.. rows.OrderBy(r => r.Prognose.Score).ThenBy(r => r.GeteldeUren).ThenBy(r => r.Leerlingnummer, StringComparer.Ordinal)],
    };
}
