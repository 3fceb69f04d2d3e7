namespace Leerwerk.Domain.Leerlingen;

/// <summary>A parent or other legal representative; signs the leer-werkovereenkomst for a minor (rule E6).</summary>
public sealed class WettelijkVertegenwoordiger : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerlingId { get; set; }

    public required string Name { get; set; }

    /// <summary>E.g. "moeder", "vader", "voogd".</summary>
    public string? Relation { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
