namespace Leerwerk.Domain.Leerbedrijven;

/// <summary>
/// The supervisor (praktijkbegeleider or leermeester) at the company who guides and assesses the
/// student and keeps contact with the school's mentor (WVO 2020 art. 2.105 lid 1; rule E10).
/// </summary>
public sealed class Praktijkbegeleider : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerbedrijfId { get; set; }

    public required string Name { get; set; }

    public string? Function { get; set; }

    /// <summary>Whether the supervisor is qualified (deskundig) to guide and assess (UB 2.64 lid 1 sub c).</summary>
    public bool IsQualified { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
