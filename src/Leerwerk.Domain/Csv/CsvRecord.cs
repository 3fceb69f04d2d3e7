namespace Leerwerk.Domain.Csv;

/// <summary>
/// One record of a CSV file: the line it starts on (1-based, counting every line of the file, as Excel and a text
/// editor do, so an error message points at the right place) and its fields, unquoted and trimmed.
/// </summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
