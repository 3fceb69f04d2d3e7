using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Web.Documents;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Documents.Tests;

/// <summary>
/// A stored value with a control character (a name pasted with a vertical tab, an import from an old system) never
/// breaks a download: the Word document and the XLSX export drop what XML cannot hold and keep the rest (issue 13).
/// </summary>
public sealed class ControleTekensTests
{
    private static readonly DateOnly Today = new(2026, 9, 1);

    [Fact]
    public void Clean_DropsControlCharactersAndLoneSurrogates_KeepsTabNewlineAndEmoji()
    {
        Assert.Equal("Sanne\tde\nVries 😀", XmlSafeText.Clean("Sa\u000bnne\u0001\tde\nVries \uD83D\uDE00\uD83D"));
        Assert.Same("gewoon", XmlSafeText.Clean("gewoon"));
    }

    [Fact]
    public void Docx_StudentNameWithControlCharacters_IsValidAndShowsTheName()
    {
        var agreement = A.Leerwerk();
        agreement.Leerling!.FirstName = "San\u000bne\u0001";

        var file = LeerwerkovereenkomstDocument.Render(agreement, A.School(), Today, DownloadFormat.Docx);

        Assert.Empty(Docx.Errors(file.Content));
        Assert.Contains("Sanne de Vries", Docx.Text(file.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_CellWithControlCharacters_OpensAndHoldsTheCleanText()
    {
        var bytes = XlsxExport.Write("Bevindingen", ["Naam", "Uren"], [["Jan\u000bsen\u0001", 8m]]);

        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["Naam", "Uren", "Jansen", "8"], cells);
    }
}
