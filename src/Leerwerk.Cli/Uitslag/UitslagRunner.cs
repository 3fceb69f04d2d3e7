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

        // Judge and write one candidate at a time: nothing of a large file's results stays in memory.
        var ongeldig = new List<DomainUitslag>();
        UitslagJson.Schrijf(stdout, invoer.Kandidaten.Select(k =>
        {
            var uitslag = k.Bepaal(settings);
            if (uitslag.Status == UitslagStatus.Ongeldig)
            {
                ongeldig.Add(uitslag);
            }

            return uitslag;
        }));
        foreach (var u in ongeldig)
        {
            stderr.WriteLine($"Kandidaat '{u.KandidaatId}' is ongeldig: {string.Join(" ", u.Redenen.Select(r => r.Message))}");
        }

        return ongeldig.Count > 0 ? 1 : 0;
    }
}
