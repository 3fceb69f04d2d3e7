using System.Globalization;
using CsvHelper;

namespace Leerwerk.Domain.Csv;

/// <summary>
/// The one CSV writer of Leerwerk (ADR 0006): a file for Excel in Dutch, with ';' between fields, decimal commas,
/// CRLF line ends on every platform and UTF-8 with a byte order mark (so Excel does not read it as Windows-1252).
/// Numbers (<see cref="decimal"/>, <see cref="int"/>) are written as numbers; every other cell is text and goes
/// through <see cref="SpreadsheetText.Neutralise"/>.
/// </summary>
public static class CsvExport
{
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var options = CsvWriterOptions.Default with { Separator = ';', NewLine = "\r\n", WriteByteOrderMark = true };
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            writer.WriteRecord([.. headers.Select(SpreadsheetText.Neutralise)]);
            foreach (var row in rows)
            {
                writer.WriteRecord([.. row.Select(Cell)]);
            }
        }

        return stream.ToArray();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => Nl.Number(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => SpreadsheetText.Neutralise(value.ToString() ?? ""),
    };
}
