namespace Leerwerk.Data.Auditing;

/// <summary>
/// One change to a school-owned record: who, when, what, and the changed values as JSON. These are
/// minors' records; the trail shows who changed personal data.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public int SchoolId { get; set; }

    public DateTime At { get; set; }

    public required string UserName { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>
    /// "toegevoegd", "gewijzigd" or "verwijderd"; for accounts also "gedeactiveerd", "geactiveerd" and
    /// "wachtwoord gereset" (<see cref="Accounts.AccountAudit"/>).
    /// </summary>
    public required string Action { get; set; }

    public required string Changes { get; set; }
}
