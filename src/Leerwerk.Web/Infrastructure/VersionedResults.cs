using System.Collections.Concurrent;
using Leerwerk.Data;
using Leerwerk.Data.Versies;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Results computed from all the data of a set of schools (the worklist's findings, the stage-hours overview), kept per
/// instance for as long as the schools' data versions and the day are the same (ADR 0016), and computed by one request
/// at a time: a board's coördinator and their colleagues opening the home page, the student list and the worklist
/// share one judgement of the board's 6 000 dossiers instead of each running their own (seconds of CPU and hundreds of
/// MB each). Never stale: every audited change raises its school's version in the same transaction, and the stamp is
/// read before the data, on every instance from the one database.
/// </summary>
public sealed class VersionedResults : IDisposable
{
    /// <summary>Results kept at most: a board's handful of kinds, or one per kind for each of a national service's schools.</summary>
    public const int MaxEntries = 256;

    /// <summary>A result nobody asked for in this long is dropped, so a board's figures do not hold memory all night.</summary>
    public static readonly TimeSpan Unused = TimeSpan.FromMinutes(20);

    /// <summary>Bytes allocated during a computation above which the memory is handed back after it (a board's, not a school's).</summary>
    private const long LargeComputation = 256L * 1024 * 1024;

    private readonly ConcurrentDictionary<(string Kind, string Scope), Entry> _entries = new();
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim? _computing;

    /// <summary>Results computed as many at once as requests ask for different ones.</summary>
    public VersionedResults(TimeProvider clock) => _clock = clock;

    /// <summary>
    /// Results computed at most <paramref name="computationsAtOnce"/> at a time; a request for another result waits its
    /// turn. For board-wide results: two of them at once (the worklist's judgement and the stage-hours overview, each a
    /// batch of a board's dossiers with their hour entries in memory) doubled the server's memory for a gain of at most
    /// the second core (docs/performance.md "Memory").
    /// </summary>
    public VersionedResults(TimeProvider clock, int computationsAtOnce)
        : this(clock)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(computationsAtOnce);
        _computing = new SemaphoreSlim(computationsAtOnce, computationsAtOnce);
    }

    /// <summary>The number of results kept.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The result of <paramref name="compute"/> for the schools <paramref name="db"/> sees on <paramref name="today"/>:
    /// the kept one when no school's data changed since it was computed, the one being computed when another request
    /// is at it, or computed now. <paramref name="kind"/> names what is computed; one kind, one type of result.
    /// </summary>
    public async Task<T> GetAsync<T>(LeerwerkDbContext db, string kind, DateOnly today, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
        where T : class?
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(compute);
        var key = (kind, DataVersions.ScopeKey(db));
        // Read before the data: a change committed after this read makes the next request's stamp differ, so a result
        // can be newer than its stamp but never older.
        var stamp = $"{today.DayNumber}|{await DataVersions.StampAsync(db, ct)}";
        while (true)
        {
            var mine = new Entry(stamp);
            var entry = _entries.AddOrUpdate(key, mine, (_, current) => current.Stamp == stamp ? current : mine);
            entry.LastUsed = _clock.GetTimestamp();
            if (!ReferenceEquals(entry, mine))
            {
                try
                {
                    return (T)(await entry.Result.Task.WaitAsync(ct))!;
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    // The request computing it went away before it was done: this one computes it.
                    continue;
                }
            }

            Trim();
            try
            {
                var result = await ComputeAsync(compute, ct);
                mine.Result.SetResult(result);
                return result;
            }
            catch (Exception e)
            {
                // Not kept: the next request computes again (a database that was away may be back).
                _entries.TryRemove(KeyValuePair.Create(key, mine));
                if (e is OperationCanceledException)
                {
                    mine.Result.SetCanceled(CancellationToken.None);
                }
                else
                {
                    mine.Result.SetException(e);
                }

                throw;
            }
        }
    }

    public void Dispose() => _computing?.Dispose();

    /// <summary>Runs <paramref name="compute"/>, in its turn when computations are limited; waiting counts as computing.</summary>
    private async Task<T> ComputeAsync<T>(Func<CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        if (_computing is null)
        {
            return await compute(ct);
        }

        await _computing.WaitAsync(ct);
        var allocated = GC.GetTotalAllocatedBytes();
        try
        {
            return await compute(ct);
        }
        finally
        {
            // A board-wide computation leaves a hundred-odd MB of dead dossiers behind, and the collector keeps the
            // memory it grew for them until long after: asked once now, it compacts and hands it back to the system
            // (a pause of some tens of ms after seconds of computing; docs/performance.md "Memory"). Not after a
            // school's: the count is the whole process's, enough to tell a board's computation from a school's.
            if (GC.GetTotalAllocatedBytes() - allocated > LargeComputation)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }

            _computing.Release();
        }
    }

    /// <summary>Drops the results unused for <see cref="Unused"/>, then the least recently used above <see cref="MaxEntries"/>.</summary>
    private void Trim()
    {
        foreach (var (key, entry) in _entries)
        {
            if (_clock.GetElapsedTime(entry.LastUsed) > Unused)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }

        var excess = _entries.Count - MaxEntries;
        if (excess > 0)
        {
            foreach (var (key, entry) in _entries.OrderBy(e => e.Value.LastUsed).Take(excess).ToList())
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
    }

    private sealed class Entry(string stamp)
    {
        public string Stamp { get; } = stamp;

        // Continuations run on their own requests' threads, not inside the computing request.
        public TaskCompletionSource<object?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long LastUsed { get; set; }
    }
}
