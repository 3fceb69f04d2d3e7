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
    /// <summary>Candidates handed over at a time: large enough that handing over costs nothing.</summary>
    private const int Portie = 256;

    /// <summary>Portions waiting to be judged: few, so candidates die young and the memory of a large file stays flat.</summary>
    private const int Wachtrij = 4;

    public static int Run(LeesResultaat invoer, Stream stdout, TextWriter stderr, UitslagSettings settings)
    {
        if (invoer.Fout is not null)
        {
            stderr.WriteLine(invoer.Fout.Tekst);
            return 2;
        }

        // Mapping a candidate from the file (JsonKandidaten) takes about as long as judging it and writing its result,
        // so this thread maps while a second thread judges and writes, in input order.
        var ongeldig = new List<DomainUitslag>();
        using var gelezen = new BlockingCollection<KandidaatInvoer[]>(Wachtrij);
        using var stop = new CancellationTokenSource();
        var schrijven = Task.Factory.StartNew(
            () => BeoordeelEnSchrijf(gelezen, stdout, settings, ongeldig, stop),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            Lees(invoer.Kandidaten, gelezen, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The writer gave up; its exception, rethrown below, is the one that counts.
        }
        finally
        {
            gelezen.CompleteAdding();
            schrijven.GetAwaiter().GetResult();
        }

        foreach (var u in ongeldig)
        {
            stderr.WriteLine($"Kandidaat '{u.KandidaatId}' is ongeldig: {string.Join(" ", u.Redenen.Select(r => r.Message))}");
        }

        return ongeldig.Count > 0 ? 1 : 0;
    }

    private static void Lees(IReadOnlyList<KandidaatInvoer> kandidaten, BlockingCollection<KandidaatInvoer[]> gelezen, CancellationToken stop)
    {
        for (var start = 0; start < kandidaten.Count; start += Portie)
        {
            var portie = new KandidaatInvoer[Math.Min(Portie, kandidaten.Count - start)];
            for (var i = 0; i < portie.Length; i++)
            {
                portie[i] = kandidaten[start + i];
            }

            gelezen.Add(portie, stop);
        }
    }

    private static void BeoordeelEnSchrijf(
        BlockingCollection<KandidaatInvoer[]> gelezen, Stream stdout, UitslagSettings settings, List<DomainUitslag> ongeldig,
        CancellationTokenSource stop)
    {
        try
        {
            UitslagJson.Schrijf(stdout, Beoordeeld(gelezen, settings, ongeldig));
        }
        catch
        {
            // E.g. stdout closed by the reader (`leerwerk uitslag f.json | head`): the reading thread must not wait for room forever.
            stop.Cancel();
            throw;
        }
    }

    private static IEnumerable<DomainUitslag> Beoordeeld(BlockingCollection<KandidaatInvoer[]> gelezen, UitslagSettings settings, List<DomainUitslag> ongeldig)
    {
        foreach (var portie in gelezen.GetConsumingEnumerable())
        {
            foreach (var kandidaat in portie)
            {
                var uitslag = kandidaat.Bepaal(settings);
                if (uitslag.Status == UitslagStatus.Ongeldig)
                {
                    ongeldig.Add(uitslag);
                }

                yield return uitslag;
            }
        }
    }
}
