namespace Leerwerk.Domain.Leerbedrijven;

/// <summary>
/// Whether a leerbedrijf meets one of the quality criteria a–k of UB WVO 2020 art. 2.64 lid 1
/// (rule F3), as recorded on a date from a source (an SBB visit, the school's own check).
/// </summary>
public sealed class KwaliteitseisBeoordeling : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerbedrijfId { get; set; }

    /// <summary>The letter of the criterion, "a" … "k".</summary>
    public required string Letter { get; set; }

    public bool IsMet { get; set; }

    public DateOnly AssessedOn { get; set; }

    public string? Source { get; set; }
}
