using System.Collections.Concurrent;

namespace Leerwerk.Domain;

/// <summary>
/// A bounded memo, safe for concurrent use: remembers the value per key for at most <c>limit</c> keys and
/// after that computes without remembering, so a file with unexpectedly many distinct keys cannot grow it
/// without end. It counts its own entries: <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes
/// every lock and would cost more than the value it guards.
/// </summary>
public sealed class BeperkteCache<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> values = new(comparer);
    private int count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create) =>
        GetOrAdd(key, static (k, c) => c(k), create);

    /// <summary>As <see cref="GetOrAdd(TKey, Func{TKey, TValue})"/>, with an argument so that a static lambda needs no closure.</summary>
    public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> create, TArg argument)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = create(key, argument);
        if (Volatile.Read(ref count) >= limit)
        {
            return value;
        }

        if (!values.TryAdd(key, value))
        {
            // Another thread added it first: share its value.
            return values[key];
        }

        Interlocked.Increment(ref count);
        return value;
    }
}
