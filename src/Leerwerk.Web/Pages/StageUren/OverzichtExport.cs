using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Data.Queries;
using Leerwerk.Domain;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>The overview as a file: CSV for Excel in Dutch (`;`, decimal commas, UTF-8 with BOM) and XLSX with real numbers.</summary>
public static class OverzichtExport
{
    public static readonly string[] Headers =
    [
        "Leerlingnummer", "Naam", "Klas", "Leerjaar", "Meetellende uren", "Stagedagen", "Nog goed te keuren",
        "Telt niet mee", "Prognose uren", "Prognose dagen", "Examenperiode", "Uren tekort", "Dagen tekort",
        "Extra uren per week", "Extra dagen per week", "Risico",
    ];

    public static string FileName(DateOnly today, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"stage-uren-{today:yyyy-MM-dd}.{extension}");

    public static byte[] Csv(IEnumerable<StageUrenOverzichtRij> rows)
    {
        var text = new StringBuilder();
        // CRLF line ends, as Excel writes them, on every platform.
        text.Append(string.Join(';', Headers)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(';', Cells(row).Select(CsvCell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IEnumerable<StageUrenOverzichtRij> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(Headers.Select(h => (OpenXmlElement)TextCell(h))));
            foreach (var row in rows)
            {
                data.Append(new Row(Cells(row).Select(c => (OpenXmlElement)(c is decimal or int ? NumberCell(Convert.ToDecimal(c, CultureInfo.InvariantCulture)) : TextCell(c?.ToString() ?? "")))));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Stage-uren" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The values of one row, typed: numbers stay numbers for XLSX.</summary>
    private static object?[] Cells(StageUrenOverzichtRij r) =>
    [
        r.Leerlingnummer, r.Naam, r.Klas, r.Leerjaar, r.GeteldeUren, r.GeteldeDagen, r.OpenUren, r.NietGeteldeUren,
        r.Prognose.PrognoseUren, r.Prognose.PrognoseDagen, Nl.Date(r.Prognose.Horizon), r.Prognose.UrenTekort, r.Prognose.DagenTekort,
        r.Prognose.ExtraUrenPerWeek, r.Prognose.ExtraDagenPerWeek, r.Prognose.OpRisico ? "ja" : "nee",
    ];

    private static string CsvCell(object? value)
    {
        var text = value switch
        {
            null => "",
            decimal d => Nl.Number(d),
            int i => i.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static Cell TextCell(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static Cell NumberCell(decimal value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value) };
}
