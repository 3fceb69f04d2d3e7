using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Domain.Csv;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Bevindingen;

/// <summary>
/// The worklist as a file, with the filters applied: CSV through <see cref="CsvExport"/> and XLSX; every text cell goes
/// through <see cref="SpreadsheetText.Neutralise"/>, numbers stay numbers.
/// </summary>
public static class BevindingenExport
{
    public static readonly string[] Headers =
    [
        "Soort", "Regel", "Onderwerp", "Bevinding", "Leerjaar", "Klas", "Mentor", "Profiel", "Route", "Artikel", "Herstellen",
    ];

    public static string FileName(DateOnly today, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"bevindingen-{today:yyyy-MM-dd}.{extension}");

    public static byte[] Csv(IEnumerable<Bevinding> rows) => CsvExport.Write(Headers, rows.Select(Cells));

    public static byte[] Xlsx(IEnumerable<Bevinding> rows)
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
                data.Append(new Row(Cells(row).Select(c => (OpenXmlElement)(c is int number ? NumberCell(number) : TextCell(c?.ToString() ?? "")))));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Bevindingen" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static object?[] Cells(Bevinding b) =>
    [
        b.Soortlabel, b.Finding.RuleId, b.Onderwerp, b.Finding.Message, b.Leerling?.Leerjaar, b.Leerling?.ClassName,
        b.Leerling?.MentorName, b.Leerling?.ProfielCode, b.Route?.Label(), b.Finding.Citation.Text, b.Herstel,
    ];

    private static Cell TextCell(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(SpreadsheetText.Neutralise(text))) };

    private static Cell NumberCell(int value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value) };
}
