using Leerwerk.Domain.Kalender;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>
/// The school years a Subsidie praktijkleren pack can be made for: the current one and the five before it (a claim
/// is made after the year). Any other year in the query string is refused, so no page ever builds a far-off date.
/// </summary>
public static class SubsidieJaren
{
    private const int YearsBack = 5;

    public static IReadOnlyList<int> Keuze(DateOnly today)
    {
        var current = Schoolkalender.SchooljaarVan(today);
        return [.. Enumerable.Range(current - YearsBack, YearsBack + 1).Reverse()];
    }

    /// <summary>The requested school year, the current one when none is asked; null for a year not offered.</summary>
    public static int? Parse(int? schooljaar, DateOnly today)
    {
        var keuze = Keuze(today);
        return schooljaar is { } asked ? (keuze.Contains(asked) ? asked : null) : keuze[0];
    }
}
