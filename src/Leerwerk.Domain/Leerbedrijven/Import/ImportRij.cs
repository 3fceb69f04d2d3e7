namespace Leerwerk.Domain.Leerbedrijven.Import;

/// <summary>One valid row of a recognised-companies list: a company and one erkenning (docs/import-leerbedrijven.md).</summary>
public sealed record ImportRij(
    int Row,
    string KvkNumber,
    string Name,
    string? SbbLeerbedrijfId,
    string? Street,
    string? PostalCode,
    string? City,
    string ProfielCode,
    bool IsLwt,
    DateOnly GrantedOn,
    DateOnly? LastAssessedOn);

/// <summary>The rows of a list, or the errors that make the whole list unusable (nothing is imported then).</summary>
public sealed record ImportResultaat(IReadOnlyList<ImportRij> Rijen, IReadOnlyList<ImportFout> Fouten)
{
    public bool IsValid => Fouten.Count == 0 && Rijen.Count > 0;
}
