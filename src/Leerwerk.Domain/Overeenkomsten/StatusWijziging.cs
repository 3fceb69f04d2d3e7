namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// One step in the life of a leer-werkovereenkomst: who moved it from which status to which, when, and why.
/// The school keeps this history to show, for instance, that it signed before the stage began (rule E6)
/// and why a placement was ended or replaced (WVO 2020 art. 2.107; rule E11).
/// </summary>
public sealed class StatusWijziging : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerwerkovereenkomstId { get; set; }

    public LeerwerkovereenkomstStatus From { get; set; }

    public LeerwerkovereenkomstStatus To { get; set; }

    /// <summary>The user name of whoever made the change.</summary>
    public required string ChangedBy { get; set; }

    /// <summary>The moment of the change (UTC).</summary>
    public DateTime ChangedAt { get; set; }

    /// <summary>The reason or cause given (required when ending or replacing).</summary>
    public string? Reason { get; set; }
}
