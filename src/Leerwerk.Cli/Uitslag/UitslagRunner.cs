using System.Collections.Concurrent;
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
    /// <summary>Results handed to the writer at a time: large enough that handing over costs nothing.</summary>
    private const int Portie = 256;

    /// <summary>Portions waiting for the writer: few, so results die young and the memory of a large file stays flat.</summary>
    private const int Wachtrij = 4;

    public static int Run(LeesResultaat invoer, Stream stdout, TextWriter stderr, UitslagSettings settings)
    {
        if (invoer.Fout is not null)
        {
            stderr.WriteLine(invoer.Fout);
            return 2;
        }

        // This thread maps each candidate from the file (JsonKandidaten) and judges it; a second thread encodes the
        // results and writes them, so the output's encoding and the wait for the disk overlap with the next candidates.
        var ongeldig = new List<DomainUitslag>();
        using var klaar = new BlockingCollection<DomainUitslag[]>(Wachtrij);
        using var stop = new CancellationTokenSource();
        var schrijven = Task.Factory.StartNew(
            () => Schrijf(stdout, klaar, stop),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            Beoordeel(invoer.Kandidaten, settings, klaar, ongeldig, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The writer gave up; its exception, rethrown below, is the one that counts.
        }
        finally
        {
            klaar.CompleteAdding();
            schrijven.GetAwaiter().GetResult();
        }

        foreach (var u in ongeldig)
        {
            stderr.WriteLine($"Kandidaat '{u.KandidaatId}' is ongeldig: {string.Join(" ", u.Redenen.Select(r => r.Message))}");
        }

        return ongeldig.Count > 0 ? 1 : 0;
    }

    private static void Beoordeel(
        IReadOnlyList<KandidaatInvoer> kandidaten, UitslagSettings settings, BlockingCollection<DomainUitslag[]> klaar,
        List<DomainUitslag> ongeldig, CancellationToken stop)
    {
        for (var start = 0; start < kandidaten.Count; start += Portie)
        {
            var portie = new DomainUitslag[Math.Min(Portie, kandidaten.Count - start)];
            for (var i = 0; i < portie.Length; i++)
            {
                portie[i] = kandidaten[start + i].Bepaal(settings);
                if (portie[i].Status == UitslagStatus.Ongeldig)
                {
                    ongeldig.Add(portie[i]);
                }
            }

            klaar.Add(portie, stop);
        }
    }

    private static void Schrijf(Stream stdout, BlockingCollection<DomainUitslag[]> klaar, CancellationTokenSource stop)
    {
        try
        {
            UitslagJson.Schrijf(stdout, klaar.GetConsumingEnumerable().SelectMany(portie => portie));
        }
        catch
        {
            // E.g. stdout closed by the reader (`leerwerk uitslag f.json | head`): the judging thread must not wait for room forever.
            stop.Cancel();
            throw;
        }
    }
}
