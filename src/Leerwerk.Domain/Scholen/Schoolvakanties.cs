using Leerwerk.Domain.Kalender;

namespace Leerwerk.Domain.Scholen;

/// <summary>One national school holiday of a regio, both ends included (Saturday to Sunday, as Rijksoverheid publishes them).</summary>
public sealed record Schoolvakantie(string Omschrijving, DateOnly Van, DateOnly Tot);

/// <summary>
/// The national school holidays per regio as Rijksoverheid publishes them ("Schoolvakanties", the advised dates for
/// primary and secondary schools). A new school year's calendar starts from these; the school edits the rest.
/// Built in are only the school years whose dates are stated here with confidence (<see cref="Schooljaren"/>); the
/// beheerder of the installation enters the list of any other year once (<see cref="LandelijkeVakantie"/>, page
/// Schoolvakanties), and an entered holiday takes the place of the built-in one of its kind, so a later correction by
/// Rijksoverheid needs no new release.
/// </summary>
public static class Schoolvakanties
{
    /// <summary>The kinds of national holiday, in the order of the school year.</summary>
    public static IReadOnlyList<string> Soorten { get; } = ["Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie", "Zomervakantie"];

    /// <summary>The school years (by their first calendar year) whose national holidays are built in.</summary>
    public static IReadOnlyList<int> Schooljaren { get; } = [2025];

    /// <summary>The built-in holidays of <paramref name="regio"/> in the school year starting in <paramref name="schooljaar"/>; empty when unknown.</summary>
    public static IReadOnlyList<Schoolvakantie> Van(Regio regio, int schooljaar) => schooljaar switch
    {
        2025 => Jaar2025(regio),
        _ => [],
    };

    /// <summary>
    /// The holidays of <paramref name="regio"/> in the school year: the built-in ones with each kind the beheerder
    /// entered (<paramref name="ingevoerd"/>, of any regio and year; the others are skipped) in their place, in the order
    /// of the school year.
    /// </summary>
    public static IReadOnlyList<Schoolvakantie> Van(Regio regio, int schooljaar, IEnumerable<LandelijkeVakantie> ingevoerd)
    {
        ArgumentNullException.ThrowIfNull(ingevoerd);
        var eigen = ingevoerd.Where(v => v.Regio == regio && v.Schooljaar == schooljaar)
            .Select(v => new Schoolvakantie(v.Omschrijving, v.Van, v.Tot)).ToList();
        return [.. Van(regio, schooljaar).Where(v => eigen.TrueForAll(e => e.Omschrijving != v.Omschrijving)).Concat(eigen).OrderBy(v => v.Van)];
    }

    /// <summary>The built-in holidays of the regio as free periods of <paramref name="kalender"/>, skipping the ones it already has.</summary>
    public static void VoegToe(Schoolkalender kalender, Regio regio) => VoegToe(kalender, Van(regio, kalender.Schooljaar));

    /// <summary>The <paramref name="vakanties"/> as free periods of <paramref name="kalender"/>, skipping the ones it already has.</summary>
    public static void VoegToe(Schoolkalender kalender, IEnumerable<Schoolvakantie> vakanties)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        ArgumentNullException.ThrowIfNull(vakanties);
        foreach (var vakantie in vakanties)
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
