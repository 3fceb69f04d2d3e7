using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Documents.Docx;

/// <summary>Renders an <see cref="DocumentText"/> to an editable A4 Word document with real heading styles.</summary>
public static class DocxDocumentRenderer
{
    private const int TextWidthTwips = 9026; // A4 (11906) minus two margins of 1440

    public static byte[] Render(DocumentText agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = XmlSafeText.Clean(agreement.Title);
            package.PackageProperties.Creator = "Leerwerk";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();

            var body = new Body();
            body.Append(Styled("Title", agreement.Title), new Paragraph(new Run(new Text(agreement.Subtitle))));
            foreach (var block in agreement.Blocks)
            {
                body.Append(Render(block));
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 708, Footer = 708, Gutter = 0 }));
            // One pass over every text of the document: a control character in a stored value cannot break the file.
            foreach (var text in body.Descendants<Text>())
            {
                text.Text = XmlSafeText.Clean(text.Text);
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Render(DocumentBlock block) => block switch
    {
        HeadingBlock heading => [Styled(heading.Level == 1 ? "Heading1" : "Heading2", heading.Text, heading.StartsNewPage)],
        ParagraphBlock paragraph => [Text(paragraph.Text, paragraph.Label)],
        TableBlock table => [Table(table)],
        SignatureBlock signature =>
        [
            new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360" }), Bold(signature.Party)),
            Line("Naam:", signature.Name),
            Line("Datum:", signature.SignedOn is { } on ? Domain.Nl.Date(on) : null),
            Line("Handtekening:", null),
        ],
        _ => throw new NotSupportedException(block.GetType().Name),
    };

    private static Paragraph Styled(string styleId, string text, bool pageBreakBefore = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        return new Paragraph(properties, new Run(new Text(text)));
    }

    private static Paragraph Text(string text, string? label)
    {
        var paragraph = new Paragraph();
        if (label is not null)
        {
            paragraph.Append(Bold(label + " "));
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    private static Paragraph Line(string label, string? value) => new(
        new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200" }),
        new Run(new Text(label + " " + (value ?? new string('_', 40))) { Space = SpaceProcessingModeValues.Preserve }));

    private static Run Bold(string text) =>
        new(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(TableBlock block)
    {
        var columnWidth = Math.Min(TextWidthTwips / block.Header.Count, 2400);
        var border = () => new BorderType[]
        {
            new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder(),
        };
        var borders = new TableBorders(border().Select(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "808080";
            return (OpenXmlElement)b;
        }));
        var table = new Table(
            new TableProperties(new TableWidth { Width = (columnWidth * block.Header.Count).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, borders),
            new TableGrid(block.Header.Select(_ => new GridColumn { Width = columnWidth.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(block.Header, columnWidth, bold: true, header: true));
        for (var i = 0; i < block.Rows.Count; i++)
        {
            table.Append(Row(block.Rows[i], columnWidth, bold: block.HasTotalRow && i == block.Rows.Count - 1, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int width, bool bold, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var properties = new ParagraphProperties(
                new SpacingBetweenLines { Before = "40", After = "40" },
                new Justification { Val = c == 0 ? JustificationValues.Left : JustificationValues.Right });
            var run = bold ? Bold(cells[c]) : new Run(new Text(cells[c]));
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(properties, run)));
        }

        return row;
    }

    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
        new Run(new Text("pagina ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
        new Run(new Text(" van ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
}
