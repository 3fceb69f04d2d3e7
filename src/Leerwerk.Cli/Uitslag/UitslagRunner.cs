using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Invoer;
using DomainUitslag = Leerwerk.Domain.Examens.Uitslag;

namespace Leerwerk.Cli.Uitslag;

/// <summary>
/// Judges every candidate read and writes the results. Exit code 0 when all could be judged, 1 when any
/// candidate is invalid, 2 when the file itself cannot be read (message on stderr).
/// </summary>
internal static class UitslagRunner
{
    public static int Run(LeesResultaat invoer, Stream stdout, TextWriter stderr, UitslagSettings settings)
    {
        if (invoer.Fout is not null)
        {
            stderr.WriteLine(invoer.Fout);
            return 2;
        }

        var ongeldig = new List<DomainUitslag>();
        UitslagJson.Schrijf(stdout, Beoordeeld(invoer.Kandidaten, settings, ongeldig));
        foreach (var u in ongeldig)
        {
            stderr.WriteLine($"Kandidaat '{u.KandidaatId}' is ongeldig: {string.Join(" ", u.Redenen.Select(r => r.Message))}");
        }

        return ongeldig.Count > 0 ? 1 : 0;
    }

    /// <summary>
    /// The results in input order, one candidate at a time: mapped from the file (<see cref="JsonKandidaten"/>), judged,
    /// written and then free for the GC, so a file of 100 000 candidates never holds them all. Handing portions to other
    /// threads was tried: it cost more CPU time (objects outliving a gen-0 collection in the queue) than it saved.
    /// </summary>
    private static IEnumerable<DomainUitslag> Beoordeeld(IReadOnlyList<KandidaatInvoer> kandidaten, UitslagSettings settings, List<DomainUitslag> ongeldig)
    {
        for (var i = 0; i < kandidaten.Count; i++)
        {
            var uitslag = kandidaten[i].Bepaal(settings);
            if (uitslag.Status == UitslagStatus.Ongeldig)
            {
                ongeldig.Add(uitslag);
            }

            yield return uitslag;
        }
    }
}
