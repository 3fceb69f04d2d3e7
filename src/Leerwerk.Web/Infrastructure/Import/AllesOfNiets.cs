using Leerwerk.Data;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// The save step of every import: all rows of the file are stored in one transaction, or none. The pages call it
/// only after the whole file was checked again without a single error; a failure while storing rolls back every row.
/// A store that needs more than one SaveChanges (UrenOpslag links corrections to ids that exist only after the
/// first) runs inside it too, and joins the import's transaction when it is called from one.
/// </summary>
public static class AllesOfNiets
{
    /// <summary>Runs <paramref name="store"/> and a final SaveChanges in one transaction (joining one already open).</summary>
    public static async Task<T> SaveAsync<T>(LeerwerkDbContext db, Func<Task<T>> store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(store);
        if (db.Database.CurrentTransaction is not null)
        {
            var joined = await store();
            await db.SaveChangesAsync(ct);
            return joined;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await store();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>Applies the rows and stores them in one transaction.</summary>
    public static Task SaveAsync(LeerwerkDbContext db, Action apply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return SaveAsync(db, () =>
        {
            apply();
            return Task.FromResult(true);
        }, ct);
    }
}
