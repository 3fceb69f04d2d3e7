namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>One valid student row of a LAS export; optional values are null when the cell was empty.</summary>
public sealed record LasLeerling
{
    public required int Regel { get; init; }

    public required string Leerlingnummer { get; init; }

    public required string Roepnaam { get; init; }

    public string? Tussenvoegsel { get; init; }

    public required string Achternaam { get; init; }

    public required DateOnly Geboortedatum { get; init; }

    public required Leerweg Leerweg { get; init; }

    public required int Leerjaar { get; init; }

    public string? ProfielCode { get; init; }

    public string? Klas { get; init; }

    public string? Mentor { get; init; }

    public string? OuderNaam { get; init; }

    public string? OuderEmail { get; init; }

    public string? OuderTelefoon { get; init; }
}
