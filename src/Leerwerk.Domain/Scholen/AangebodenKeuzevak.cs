namespace Leerwerk.Domain.Scholen;

/// <summary>
/// A beroepsgericht keuzevak the school offers; students choose their four from this list (rule C5: any
/// offered keuzevak, also one outside the profiel). A profielmodule records the profiel it belongs to (C6).
/// </summary>
public sealed class AangebodenKeuzevak : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public required string Name { get; set; }

    /// <summary>For a profielmodule: the code of its profiel (see <see cref="Profielen.Profielen"/>); null for a keuzevak of no profiel.</summary>
    public string? ProfielCode { get; set; }
}
