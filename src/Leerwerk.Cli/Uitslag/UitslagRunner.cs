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

        var uitslagen = Bepaal(invoer.Kandidaten, settings);
        UitslagJson.Schrijf(stdout, uitslagen);
        var ongeldig = uitslagen.Where(u => u.Status == UitslagStatus.Ongeldig).ToList();
        foreach (var u in ongeldig)
        {
            stderr.WriteLine($"Kandidaat '{u.KandidaatId}' is ongeldig: {string.Join(" ", u.Redenen.Select(r => r.Message))}");
        }

        return ongeldig.Count > 0 ? 1 : 0;
    }

    public static List<DomainUitslag> Bepaal(IReadOnlyList<KandidaatInvoer> kandidaten, UitslagSettings settings) =>
        [.. kandidaten.Select(k => k.Bepaal(settings))];
}
