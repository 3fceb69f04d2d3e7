using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>LAS export files made in the test: a Windows-1252 CSV as older Magister exports, an XLSX as Excel saves it.</summary>
internal static class LasBestanden
{
    public const string Header = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Leerweg;Leerjaar;Profiel;Klas;Mentor;Naam ouder;E-mail ouder;Telefoon ouder";

    public static byte[] Windows1252Csv(params string[] rows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");
    }

    /// <summary>
    /// An XLSX with the header and rows in shared strings, except birth dates (a date serial in a dd-mm-yyyy
    /// cell format) and leerjaar (a number), as Excel stores them.
    /// </summary>
    public static byte[] Xlsx(string[] header, params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd\\-mm\\-yyyy" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint rowIndex = 1;
            foreach (var values in new[] { header.Cast<object>().ToArray() }.Concat(rows))
            {
                var row = new Row { RowIndex = rowIndex };
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{rowIndex}";
                    row.Append(values[c] switch
                    {
                        DateOnly date => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) },
                        int number => new Cell { CellReference = reference, CellValue = new CellValue(number) },
                        _ => SharedString(strings.SharedStringTable, reference, values[c].ToString() ?? string.Empty),
                    });
                }

                data.Append(row);
                rowIndex++;
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Leerlingen" }));
        }

        return stream.ToArray();
    }

    private static Cell SharedString(SharedStringTable table, string reference, string text)
    {
        table.Append(new SharedStringItem(new Text(text)));
        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.SharedString,
            CellValue = new CellValue(table.Elements<SharedStringItem>().Count() - 1),
        };
    }
}
