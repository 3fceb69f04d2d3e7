using Leerwerk.Data;
using Leerwerk.Data.Achtergrond;
using Leerwerk.Web.Herinneringen;
using Leerwerk.Web.Infrastructure.Import;
using Leerwerk.Web.Mail;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Achtergrond;

/// <summary>
/// One pass of all background work (sending the outbox, the reminders, the clean-up of old mail and previewed imports), done only by the instance that
/// holds the lease <see cref="LeaseName"/> in the database: when several web instances share one database, one of them
/// works and the others wait, and one takes over when the holder stops renewing (docs/decisions/0011).
/// </summary>
public sealed class AchtergrondWerk(
    IServiceScopeFactory scopes,
    OutboxDelivery delivery,
    HerinneringRun herinneringen,
    OutboxCleanup cleanup,
    ImportBestandOpruiming importOpruiming,
    IOptions<AchtergrondSettings> options,
    TimeProvider clock)
{
    public const string LeaseName = "achtergrond";

    private DateTime? _lastReminders;

    /// <summary>This instance's name in the lease: machine, process and a random part (two hosts in one process differ).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Does the work when this instance holds (or now takes) the lease; false when another instance holds it.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        if (!await HoldLeaseAsync(ct))
        {
            // Whoever holds the lease now runs the reminders; after a takeover back, this instance runs them at once.
            _lastReminders = null;
            return false;
        }

        await delivery.SendDueAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (_lastReminders is { } last && now - last < options.Value.ReminderInterval)
        {
            return true;
        }

        // Renewed before each longer step, so the lease does not run out while the work goes on.
        if (!await HoldLeaseAsync(ct))
        {
            return false;
        }

        _lastReminders = now;
        if (options.Value.RemindersEnabled)
        {
            await herinneringen.RunAsync(ct);
        }

        await cleanup.RunAsync(ct);
        await importOpruiming.RunAsync(ct);
        if (await HoldLeaseAsync(ct))
        {
            // The reminders just written go out in this pass, not ten seconds later.
            await delivery.SendDueAsync(ct);
        }

        return true;
    }

    /// <summary>Gives up the lease on a clean stop, so another instance takes over at once.</summary>
    public async Task ReleaseAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = scope.ServiceProvider.CreateSystemDbContext();
        await BackgroundLeases.ReleaseAsync(db, LeaseName, Holder, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    private async Task<bool> HoldLeaseAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = scope.ServiceProvider.CreateSystemDbContext();
        return await BackgroundLeases.TryAcquireAsync(db, LeaseName, Holder, clock.GetUtcNow().UtcDateTime, options.Value.LeaseDuration, ct);
    }
}
