namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// One event in the life of a samenwerkingsovereenkomst (its status history): notice given, an immediate end on
/// surseance of payment or bankruptcy of a party, or an end otherwise; who recorded it, when, and the date it takes effect.
/// </summary>
public sealed class SamenwerkingWijziging : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int SamenwerkingsovereenkomstId { get; set; }

    /// <summary>What happened, in Dutch: "Opgezegd", "Direct beëindigd: faillissement van …".</summary>
    public required string Description { get; set; }

    /// <summary>The date the event takes effect (the notice date, the end date).</summary>
    public DateOnly EffectiveOn { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedAt { get; set; }
}
