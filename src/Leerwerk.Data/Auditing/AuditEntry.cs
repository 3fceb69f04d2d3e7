namespace Leerwerk.Data.Auditing;

/// <summary>
/// One change to a school-owned record, a school or a bestuur: who, when, what, and the changed values as JSON. These
/// are minors' records; the trail shows who changed personal data.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The <see cref="SchoolId"/> of a change to the installation rather than to one school: a bestuur.</summary>
    public const int Installation = 0;

    public long Id { get; set; }

    /// <summary>The school the record belongs to (a school's own id for the school); <see cref="Installation"/> for a bestuur.</summary>
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
