using CsvHelper;

namespace Leerwerk.Domain.Csv;

/// <summary>
/// The one CSV reader of Leerwerk (ADR 0006), for every import: the text (already decoded by
/// <see cref="TextBytes.Decode"/>) is split by CsvHelper. A quoted field may hold the separator, line breaks and
/// <c>""</c> for a quote; a quote after leading spaces still opens a quoted field. Fields are trimmed (inside quotes
/// too, as Excel users do not see those spaces). Blank lines are skipped but counted, so line numbers stay those of
/// the file. Ragged rows are returned as they are: each import says in Dutch what its columns should be.
/// </summary>
public static class CsvRecords
{
    public static IReadOnlyList<CsvRecord> Read(string text, char separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
        };
        var records = new List<CsvRecord>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i).Trim();
            }

            // A line of only spaces or separators holds nothing; skip it as an empty line.
            if (fields.Any(f => f.Length > 0))
            {
                records.Add(new CsvRecord(checked((int)reader.LineNumber), fields));
            }
        }

        return records;
    }

    /// <summary>
    /// ';' or ',', whichever the first line has more of outside quotes; ';' when they are equal, as Dutch Excel writes
    /// ';'. For imports that accept both (the LAS, SBB's register); the others are ';' only.
    /// </summary>
    public static char DetectSeparator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return commas > semicolons ? ',' : ';';
    }
}
