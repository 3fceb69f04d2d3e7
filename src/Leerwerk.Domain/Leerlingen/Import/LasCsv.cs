using Leerwerk.Domain.Csv;

namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>
/// Reads a CSV export of Magister or Somtoday into a <see cref="LasTabel"/>. The encoding is detected by
/// <see cref="TextBytes.Decode"/>: a UTF-8 byte order mark, else valid UTF-8, else Windows-1252 (the code page of
/// older exports). The separator is ';' or ',', whichever the header line has more of outside quotes. Quoted fields
/// may hold separators, quotes ("") and line breaks (<see cref="CsvRecords"/>). Empty lines are skipped.
/// </summary>
public static class LasCsv
{
    public static LasTabel Lees(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return LeesTekst(TextBytes.Decode(bytes));
    }

    public static LasTabel LeesTekst(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var records = CsvRecords.Read(tekst, CsvRecords.DetectSeparator(tekst));
        if (records.Count == 0)
        {
            return new LasTabel([], []);
        }

        var rijen = records.Skip(1).Select(r => new LasRij(r.Line, r.Fields)).ToList();
        return new LasTabel(records[0].Fields, rijen);
    }
}
