namespace Leerwerk.Data.Versies;

/// <summary>
/// How often a school's data changed: raised in the transaction of every audited change of the school's records
/// (<see cref="DataVersions"/>). A result computed from a school's data (a board's worklist) stays valid for as long as
/// the versions of its schools are the same, on every instance that reads the same database.
/// </summary>
public sealed class DataVersion
{
    /// <summary>The school; <see cref="Auditing.AuditEntry.Installation"/> for a bestuur or a national holiday.</summary>
    public int SchoolId { get; set; }

    public long Version { get; set; }
}
