using System.Collections.Concurrent;

namespace Leerwerk.Domain;

/// <summary>
/// The one memo of the exam engine (docs/decisions/0007-memo-in-the-exam-engine.md): remembers
/// <c>compute(key)</c> for at most <c>limit</c> keys and after that computes without remembering, so a file
/// with unexpectedly many distinct keys cannot grow it without end. Safe for concurrent use.
/// </summary>
/// <remarks>
/// The function is fixed when the memo is made, so the key is the only input a value can be built from: a memo
/// can never hand out a value that another input built. It is correct only when the function is pure (a
/// <c>static</c> lambda that reads nothing that changes) and its value immutable, and when the comparer is no coarser
/// than the value: keys it calls equal must give equal values (identity of a text is finer than its content, so
/// it is allowed). Under those conditions a hit and a fresh computation cannot be told apart.
/// The memo counts its own entries: <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock and
/// would cost more than the value it guards.
/// </remarks>
public sealed class Memo<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> values;
    private readonly Func<TKey, TValue> compute;
    private readonly int limit;
    private int count;

    public Memo(int limit, Func<TKey, TValue> compute, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentNullException.ThrowIfNull(compute);
        (this.limit, this.compute, values) = (limit, compute, new ConcurrentDictionary<TKey, TValue>(comparer));
    }

    /// <summary>How many keys are remembered; never more than the limit.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The value for <paramref name="key"/>: remembered, or computed (and remembered while there is room).</summary>
    public TValue this[TKey key]
    {
        get
        {
            if (values.TryGetValue(key, out var value))
            {
                return value;
            }

            value = compute(key);
            if (Volatile.Read(ref count) >= limit)
            {
                return value;
            }

            if (!values.TryAdd(key, value))
            {
                // Another thread added it first: share its value (equal to ours, the function being pure).
                return values[key];
            }

            // Two threads may both pass the check above with one slot left: the limit can be passed by the number of
            // threads at most, which keeps the bound.
            Interlocked.Increment(ref count);
            return value;
        }
    }
}
