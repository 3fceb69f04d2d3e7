namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>An mbo course named as related (verwant) in a samenwerkingsovereenkomst; optional (rule H3).</summary>
public sealed class VerwanteOpleiding : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int SamenwerkingsovereenkomstId { get; set; }

    /// <summary>The crebo code of the mbo qualification (five digits).</summary>
    public required string Crebo { get; set; }

    public required string Name { get; set; }

    public string? ProfielCode { get; set; }
}
