using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Domain.Csv;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// The one XLSX writer of the app's exports, the companion of <see cref="CsvExport"/>: one sheet, a header row, then a
/// row per record. Numbers (<c>int</c>, <c>decimal</c>) stay numbers so Excel can sum them; every other value is text
/// that goes through <see cref="SpreadsheetText.Neutralise"/>, so "=2+3" is shown and never run as a formula, and
/// through <see cref="XmlSafeText.Clean"/>, so a control character in a stored value cannot break the file.
/// </summary>
public static class XlsxExport
{
    public static byte[] Write(string sheetName, IEnumerable<string> headers, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(headers.Select(h => (OpenXmlElement)TextCell(h))));
            foreach (var row in rows)
            {
                data.Append(new Row(row.Select(c => (OpenXmlElement)(c is decimal or int ? NumberCell(Convert.ToDecimal(c, CultureInfo.InvariantCulture)) : TextCell(c?.ToString() ?? "")))));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell TextCell(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(SpreadsheetText.Neutralise(XmlSafeText.Clean(text)))) };

    private static Cell NumberCell(decimal value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value) };
}
