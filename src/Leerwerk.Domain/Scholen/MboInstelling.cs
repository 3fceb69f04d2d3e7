namespace Leerwerk.Domain.Scholen;

/// <summary>
/// An mbo institution (ROC or AOC) the school works with. An LWT may only be offered with a partner
/// that provides a basisberoepsopleiding (mbo niveau 2) — WVO 2020 art. 2.104.
/// </summary>
public sealed class MboInstelling : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public required string Name { get; set; }

    /// <summary>The legal authority of the institution, the party that signs.</summary>
    public required string BevoegdGezag { get; set; }

    public MboSoort Soort { get; set; }

    /// <summary>Whether the institution provides a basisberoepsopleiding (WEB art. 7.2.2 lid 1 sub b).</summary>
    public bool OffersBasisberoepsopleiding { get; set; }

    public string? Brin { get; set; }

    public string? City { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>Who signs the samenwerkingsovereenkomst for the bevoegd gezag (greeting of the signing mail, name in the document).</summary>
    public string? SignatoryName { get; set; }

    /// <summary>Where the bevoegd gezag's signing link goes.</summary>
    public string? SignatoryEmail { get; set; }
}
