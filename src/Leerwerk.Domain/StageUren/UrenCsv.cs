using Leerwerk.Domain.Csv;

namespace Leerwerk.Domain.StageUren;

/// <summary>One valid row of an hours file: its row number in the file, for messages.</summary>
public sealed record UrenCsvRow(int Row, string Leerlingnummer, DateOnly Date, decimal Hours, string? Note);

/// <summary>
/// Reads stage hours as a LAS or a company timesheet exports them (docs/import-stage-uren.md):
/// <c>leerlingnummer;datum;uren[;opmerking]</c>, separator <c>;</c> (a quoted field may hold one), decimal commas,
/// dates as <see cref="ImportDates"/> reads them, UTF-8 or Windows-1252. Every bad row is reported; nothing is half read.
/// </summary>
public static class UrenCsv
{
    public const string Leerlingnummer = "leerlingnummer";
    public const string Datum = "datum";
    public const string Uren = "uren";
    public const string Opmerking = "opmerking";

    /// <summary>UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252 (Excel's "CSV" on Dutch Windows).</summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return TextBytes.Decode(bytes);
    }

    public static (IReadOnlyList<UrenCsvRow> Rows, IReadOnlyList<ImportFout> Errors) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<UrenCsvRow>();
        var errors = new List<ImportFout>();
        var records = CsvRecords.Read(text, ';');
        for (var i = 0; i < records.Count; i++)
        {
            var number = records[i].Line;
            var fields = records[i].Fields;
            if (i == 0 && fields[0].Equals(Leerlingnummer, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (fields.Count is < 3 or > 4)
            {
                errors.Add(new ImportFout(number, Leerlingnummer,
                    $"de regel heeft {fields.Count} {(fields.Count == 1 ? "kolom" : "kolommen")}, verwacht 3 of 4 gescheiden door een puntkomma (leerlingnummer;datum;uren;opmerking).", ImportFoutCode.AantalKolommen));
                continue;
            }

            var before = errors.Count;
            string[] names = [Leerlingnummer, Datum, Uren, Opmerking];
            for (var j = 0; j < fields.Count; j++)
            {
                if (Stuurtekens.InCel(number, names[j], fields[j]) is { } stuurteken)
                {
                    errors.Add(stuurteken);
                }
            }

            if (fields[0].Length == 0)
            {
                errors.Add(new ImportFout(number, Leerlingnummer, "het leerlingnummer ontbreekt.", ImportFoutCode.WaardeOntbreekt));
            }

            if (!ImportDates.TryParse(fields[1], out var date))
            {
                errors.Add(new ImportFout(number, Datum, $"'{fields[1]}' is geen datum; schrijf dd-mm-jjjj of jjjj-mm-dd, bijvoorbeeld 23-11-2026.", ImportFoutCode.DatumOngeldig));
            }

            var hoursError = UrenInvoer.TryParse(fields[2], "uren", out var hours);
            if (fields[2].Length == 0)
            {
                errors.Add(new ImportFout(number, Uren, "het aantal uren ontbreekt.", ImportFoutCode.WaardeOntbreekt));
            }
            else if (hoursError is not null)
            {
                errors.Add(new ImportFout(number, Uren, hoursError.StartsWith("uren: ", StringComparison.Ordinal) ? hoursError["uren: ".Length..] : hoursError, ImportFoutCode.UrenOngeldig));
            }

            var note = fields.Count == 4 && fields[3].Length > 0 ? fields[3] : null;
            if (note is { Length: > Tekstlengte.Standaard })
            {
                errors.Add(new ImportFout(number, Opmerking, Stuurtekens.TeLang("de opmerking", note.Length, Tekstlengte.Standaard), ImportFoutCode.WaardeTeLang));
            }

            if (errors.Count == before)
            {
                rows.Add(new UrenCsvRow(number, fields[0], date, hours, note));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportFout(1, Leerlingnummer, "het bestand bevat geen regels met uren.", ImportFoutCode.BestandZonderRegels));
        }

        // The same student and day twice in one file: which one is meant cannot be guessed.
        foreach (var duplicate in rows.GroupBy(r => (r.Leerlingnummer, r.Date)).Where(g => g.Count() > 1))
        {
            foreach (var row in duplicate.Skip(1))
            {
                errors.Add(new ImportFout(row.Row, Datum,
                    $"leerling {row.Leerlingnummer} staat op {Nl.Date(row.Date)} al op regel {duplicate.First().Row}; één regel per leerling per dag.", ImportFoutCode.UrenDubbel));
            }
        }

        return (rows, errors.OrderBy(e => e.Row).ToList());
    }
}
