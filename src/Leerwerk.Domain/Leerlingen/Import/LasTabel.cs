namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>
/// A LAS export as a table of text: the header row and the data rows, each with its line (CSV) or row
/// (XLSX) number in the file, so every error can name where it is. The CSV and XLSX readers produce it;
/// <see cref="LasImport"/> reads students from it.
/// </summary>
public sealed record LasTabel(IReadOnlyList<string> Kolommen, IReadOnlyList<LasRij> Rijen);

/// <summary>One data row: its number in the file (the header is row 1) and its cells, in header order.</summary>
public sealed record LasRij(int Regel, IReadOnlyList<string> Waarden);
