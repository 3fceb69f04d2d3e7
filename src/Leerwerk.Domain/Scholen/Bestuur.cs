namespace Leerwerk.Domain.Scholen;

/// <summary>
/// A school board (bestuur) that groups several schools of one installation; a user linked to the
/// board sees all of its schools.
/// </summary>
public sealed class Bestuur
{
    public int Id { get; set; }

    /// <summary>The board's name, unique in the installation, e.g. "Stichting VO Rivierenland".</summary>
    public required string Name { get; set; }

    /// <summary>The bevoegd-gezagnummer DUO gives the board (five digits), when known.</summary>
    public string? BevoegdGezagNummer { get; set; }
}
