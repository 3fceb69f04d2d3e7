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
    /// <summary>Candidates judged per hand-over to the writer: large enough that handing over costs nothing.</summary>
    private const int Portie = 512;

    /// <summary>Judged portions waiting for the writer: bounds the memory a large file's results take.</summary>
    private const int Wachtrij = 16;

    public static int Run(LeesResultaat invoer, Stream stdout, TextWriter stderr, UitslagSettings settings)
    {
        if (invoer.Fout is not null)
        {
            stderr.WriteLine(invoer.Fout);
            return 2;
        }

        // Judging and writing JSON each take about as long for a school file, so one thread judges while
        // this one writes (a few portions ahead at most); the output stays in input order.
        var ongeldig = new List<DomainUitslag>();
        using var klaar = new BlockingCollection<DomainUitslag[]>(Wachtrij);
        using var stop = new CancellationTokenSource();
        var beoordelen = Task.Run(() => Beoordeel(invoer.Kandidaten, settings, klaar, ongeldig, stop.Token));
        try
        {
            UitslagJson.Schrijf(stdout, klaar.GetConsumingEnumerable().SelectMany(portie => portie));
        }
        catch
        {
            // The writer failed (e.g. stdout closed): the judging thread must not wait for room forever.
            stop.Cancel();
            throw;
        }
        finally
        {
            // Surfaces an exception of the judging thread here, on the command's thread.
            beoordelen.GetAwaiter().GetResult();
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
        try
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
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The writer gave up; its exception is the one that counts.
        }
        finally
        {
            klaar.CompleteAdding();
        }
    }
}
