namespace Leerwerk.Domain.Kalender;

/// <summary>A holiday or free day (or days) of the school, both ends included.</summary>
public sealed class VrijePeriode : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int SchoolkalenderId { get; set; }

    public DateOnly Van { get; set; }

    public DateOnly Tot { get; set; }

    public required string Omschrijving { get; set; }

    public bool Covers(DateOnly date) => date >= Van && date <= Tot;
}
