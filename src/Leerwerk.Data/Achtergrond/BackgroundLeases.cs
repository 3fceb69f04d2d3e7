using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Achtergrond;

/// <summary>
/// Acquiring and renewing a <see cref="BackgroundLease"/> with single statements that the database makes atomic on
/// SQLite (one writer at a time) and PostgreSQL (the row lock, with the condition checked again on the locked row):
/// of two instances that try at the same moment, exactly one gets it.
/// </summary>
public static class BackgroundLeases
{
    /// <summary>
    /// Takes or renews the lease <paramref name="name"/> for <paramref name="holder"/> until <paramref name="now"/> +
    /// <paramref name="duration"/>, when it is free, expired or already held by <paramref name="holder"/>. True when
    /// <paramref name="holder"/> holds it afterwards.
    /// </summary>
    public static async Task<bool> TryAcquireAsync(LeerwerkDbContext db, string name, string holder, DateTime now, TimeSpan duration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var until = now + duration;
        // The one conditional UPDATE: renew our own lease or take over an expired one.
        var updated = await db.BackgroundLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct);
        if (updated == 1)
        {
            return true;
        }

        if (await db.BackgroundLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        // No row yet: the first instance to insert it holds the lease; the primary key refuses a second insert.
        var lease = new BackgroundLease { Name = name, Holder = holder, ExpiresAt = until };
        db.BackgroundLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }

    /// <summary>Gives the lease up at once (on a clean stop), so another instance need not wait for the expiry.</summary>
    public static Task<int> ReleaseAsync(LeerwerkDbContext db, string name, string holder, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.BackgroundLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), ct);
    }
}
