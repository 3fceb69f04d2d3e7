using System.Collections.Concurrent;
using System.Globalization;

namespace Leerwerk.Web.Infrastructure.Accounts;

/// <summary>
/// Throttles failed logins per client address: after <c>Inloggen:PogingenPerAdres</c> failures (5 by default) within
/// <see cref="Window"/>, that address may not try again until the oldest failure is older than the window. This comes
/// before the per-account lockout (<c>LeerwerkIdentity.MaxFailedAttempts</c>, which is higher), so a stranger from one
/// address cannot lock anybody's account. Kept in memory per instance: behind several instances the limit multiplies,
/// which still leaves guessing hopeless and the account lockout as the backstop.
/// </summary>
public sealed class InlogRemming(IConfiguration configuration, TimeProvider clock)
{
    public const int DefaultPerAddress = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // Bounded so a flood of spoofed-looking addresses cannot grow memory without end; the oldest are dropped first.
    private const int MaxAddresses = 10_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    private int Limit => int.TryParse(configuration["Inloggen:PogingenPerAdres"], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
        ? value
        : DefaultPerAddress;

    public bool IsBlocked(string address)
    {
        if (!_failures.TryGetValue(address, out var queue))
        {
            return false;
        }

        lock (queue)
        {
            Prune(queue);
            return queue.Count >= Limit;
        }
    }

    public void Failed(string address)
    {
        if (_failures.Count >= MaxAddresses)
        {
            foreach (var key in _failures.Keys.Take(MaxAddresses / 10))
            {
                _failures.TryRemove(key, out _);
            }
        }

        var queue = _failures.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Prune(queue);
            queue.Enqueue(clock.GetUtcNow());
        }
    }

    private void Prune(Queue<DateTimeOffset> queue)
    {
        var since = clock.GetUtcNow() - Window;
        while (queue.Count > 0 && queue.Peek() < since)
        {
            queue.Dequeue();
        }
    }
}
