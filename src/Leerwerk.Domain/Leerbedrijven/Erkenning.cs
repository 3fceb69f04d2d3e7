namespace Leerwerk.Domain.Leerbedrijven;

/// <summary>
/// An SBB recognition of a leerbedrijf for one vmbo profiel. Only one with <see cref="IsLwt"/> lets
/// the company host LWT students. SBB reassesses every four years (rule F1).
/// </summary>
public sealed class Erkenning : ISchoolOwned
{
    /// <summary>SBB assesses a hosting company once every four years (WVO 2020 art. 2.105 lid 2).</summary>
    public const int AssessmentYears = 4;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerbedrijfId { get; set; }

    public required string ProfielCode { get; set; }

    /// <summary>The recognition covers the LWT, not only regular stage.</summary>
    public bool IsLwt { get; set; }

    public DateOnly GrantedOn { get; set; }

    public DateOnly? LastAssessedOn { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public string? Note { get; set; }

    /// <summary>An LWT erkenning for this profiel, whatever the date (E5; whether it counts on a day is <see cref="ErkenningGeldigheid"/>).</summary>
    public bool IsLwtFor(string? profielCode) =>
        IsLwt && string.Equals(ProfielCode, profielCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>The next assessment is due four years after the last one (or after the grant).</summary>
    public DateOnly NextAssessmentDue => (LastAssessedOn ?? GrantedOn).AddYears(AssessmentYears);
}
