namespace Leerwerk.Data.Achtergrond;

/// <summary>
/// A lease on one kind of background work: the instance named <see cref="Holder"/> may do it until
/// <see cref="ExpiresAt"/>. The holder renews it on every pass; when it stops renewing (it died or was stopped),
/// another instance takes the lease over after expiry. Not school-owned: the work is for every school at once.
/// </summary>
public sealed class BackgroundLease
{
    /// <summary>The work, e.g. <c>achtergrond</c>: the primary key, so there is one row per kind of work.</summary>
    public required string Name { get; set; }

    /// <summary>The id of the instance that holds the lease (machine, process and a random part).</summary>
    public required string Holder { get; set; }

    /// <summary>Until when (UTC) the holder may do the work without renewing.</summary>
    public DateTime ExpiresAt { get; set; }
}
