using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Web.Infrastructure.Import;

namespace Leerwerk.Web.Pages.Leerlingen.Import;

/// <summary>
/// Reads the first worksheet of an XLSX export (Magister, Somtoday, or saved from Excel) into a
/// <see cref="LasTabel"/>: shared and inline strings, numbers, and date serials in a date-formatted cell
/// written as dd-mm-jjjj, so the same rules read CSV and XLSX. Lives in Web because the domain has no packages.
/// </summary>
public static class LasXlsx
{
    // Built-in number formats that show a date (ECMA-376 part 1, 18.8.30).
    private static readonly HashSet<uint> DatumFormaten = [14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    /// <summary>
    /// The table, or the Dutch reason naming <paramref name="fileName"/> why it was not read: a workbook that unpacks
    /// too large (checked by <see cref="XlsxPakket"/> before anything is inflated) or bytes that are no readable workbook.
    /// </summary>
    public static (LasTabel? Tabel, string? Fout) Lees(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (XlsxPakket.Controleer(bytes, fileName) is { } fout)
        {
            return (null, fout);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            return LeesWerkmap(document.WorkbookPart) is { } tabel ? (tabel, null) : (null, XlsxPakket.OnleesbaarMessage(fileName));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or ArgumentException or XmlException)
        {
            return (null, XlsxPakket.OnleesbaarMessage(fileName));
        }
    }

    private static LasTabel? LeesWerkmap(WorkbookPart? werkmap)
    {
        var blad = werkmap?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (werkmap is null || blad?.Id?.Value is not { } id || werkmap.GetPartById(id) is not WorksheetPart werkblad)
        {
            return null;
        }

        var teksten = werkmap.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var datumStijlen = DatumStijlen(werkmap.WorkbookStylesPart?.Stylesheet);
        var rijen = new List<(int Regel, List<string> Waarden)>();
        foreach (var rij in werkblad.Worksheet.Descendants<Row>())
        {
            var waarden = new List<string>();
            foreach (var cel in rij.Elements<Cell>())
            {
                var kolom = KolomIndex(cel.CellReference?.Value) ?? waarden.Count;
                while (waarden.Count < kolom)
                {
                    waarden.Add(string.Empty);
                }

                waarden.Add(Waarde(cel, teksten, datumStijlen));
            }

            var regel = rij.RowIndex?.Value is { } index ? (int)index : rijen.Count + 1;
            if (waarden.Any(w => !string.IsNullOrWhiteSpace(w)))
            {
                rijen.Add((regel, waarden));
            }
        }

        if (rijen.Count == 0)
        {
            return new LasTabel([], []);
        }

        return new LasTabel(rijen[0].Waarden, [.. rijen.Skip(1).Select(r => new LasRij(r.Regel, r.Waarden))]);
    }

    private static string Waarde(Cell cel, List<string> teksten, HashSet<uint> datumStijlen)
    {
        var tekst = cel.CellValue?.Text ?? string.Empty;
        var soort = cel.DataType?.Value;
        if (soort == CellValues.SharedString)
        {
            return int.TryParse(tekst, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < teksten.Count ? teksten[i] : string.Empty;
        }

        if (soort == CellValues.InlineString)
        {
            return cel.InlineString?.InnerText ?? string.Empty;
        }

        if (soort is null || soort == CellValues.Number)
        {
            if (!double.TryParse(tekst, NumberStyles.Float, CultureInfo.InvariantCulture, out var getal))
            {
                return tekst;
            }

            if (cel.StyleIndex?.Value is { } stijl && datumStijlen.Contains(stijl) && getal is >= 1 and < 2958466)
            {
                return DateTime.FromOADate(getal).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
            }

            return getal.ToString(CultureInfo.InvariantCulture);
        }

        return tekst;
    }

    /// <summary>The indexes of the cell formats (the s attribute of a cell) that show a date.</summary>
    private static HashSet<uint> DatumStijlen(Stylesheet? stijlen)
    {
        var eigen = stijlen?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDatumCode(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var formaat in stijlen?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = formaat.NumberFormatId?.Value ?? 0;
            if (DatumFormaten.Contains(id) || eigen.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    // A custom format is a date when it has day, month or year letters outside quoted text and [colour] parts.
    private static bool IsDatumCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var zonderTekst = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", string.Empty);
        return zonderTekst.Any(c => c is 'd' or 'D' or 'y' or 'Y' or 'j' or 'J');
    }

    /// <summary>"C7" → 2 (zero-based); null without a reference.</summary>
    private static int? KolomIndex(string? referentie)
    {
        if (string.IsNullOrEmpty(referentie))
        {
            return null;
        }

        var index = 0;
        foreach (var c in referentie.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
