using Leerwerk.Domain.Kalender;

namespace Leerwerk.Domain.Scholen;

/// <summary>One national school holiday of a regio, both ends included (Saturday to Sunday, as Rijksoverheid publishes them).</summary>
public sealed record Schoolvakantie(string Omschrijving, DateOnly Van, DateOnly Tot);

/// <summary>
/// The national school holidays per regio as Rijksoverheid publishes them ("Schoolvakanties", the advised dates for
/// primary and secondary schools). A new school year's calendar starts from these; the school edits the rest.
/// Only school years whose dates are stated here with confidence are listed: 2026-2027 is left out until its
/// dates per regio are checked against the published list, so a school enters that year's holidays itself.
/// </summary>
public static class Schoolvakanties
{
    /// <summary>The school years (by their first calendar year) with known national holidays.</summary>
    public static IReadOnlyList<int> Schooljaren { get; } = [2025];

    /// <summary>The holidays of <paramref name="regio"/> in the school year starting in <paramref name="schooljaar"/>; empty when unknown.</summary>
    public static IReadOnlyList<Schoolvakantie> Van(Regio regio, int schooljaar) => schooljaar switch
    {
        2025 => Jaar2025(regio),
        _ => [],
    };

    /// <summary>The holidays of the regio as free periods of <paramref name="kalender"/>, skipping the ones it already has.</summary>
    public static void VoegToe(Schoolkalender kalender, Regio regio)
    {
        foreach (var vakantie in Van(regio, kalender.Schooljaar))
        {
            if (!kalender.VrijePeriodes.Any(v => v.Van == vakantie.Van && v.Tot == vakantie.Tot))
            {
                kalender.VrijePeriodes.Add(new VrijePeriode { SchoolId = kalender.SchoolId, Van = vakantie.Van, Tot = vakantie.Tot, Omschrijving = vakantie.Omschrijving });
            }
        }
    }

    // Rijksoverheid, "Schoolvakanties 2025-2026": the Christmas and May holidays are the same in every regio.
    private static IReadOnlyList<Schoolvakantie> Jaar2025(Regio regio) =>
    [
        regio == Regio.Zuid ? Herfst(new DateOnly(2025, 10, 11)) : Herfst(new DateOnly(2025, 10, 18)),
        new("Kerstvakantie", new DateOnly(2025, 12, 20), new DateOnly(2026, 1, 4)),
        regio == Regio.Noord ? Voorjaar(new DateOnly(2026, 2, 21)) : Voorjaar(new DateOnly(2026, 2, 14)),
        new("Meivakantie", new DateOnly(2026, 4, 25), new DateOnly(2026, 5, 3)),
        Zomer(regio switch
        {
            Regio.Noord => new DateOnly(2026, 7, 4),
            Regio.Midden => new DateOnly(2026, 7, 18),
            _ => new DateOnly(2026, 7, 11),
        }),
    ];

    private static Schoolvakantie Herfst(DateOnly van) => new("Herfstvakantie", van, van.AddDays(8));

    private static Schoolvakantie Voorjaar(DateOnly van) => new("Voorjaarsvakantie", van, van.AddDays(8));

    // Six weeks: Saturday to the Sunday six weeks later.
    private static Schoolvakantie Zomer(DateOnly van) => new("Zomervakantie", van, van.AddDays(43));
}
