namespace Leerwerk.Web.Documents.Pdf;

/// <summary>Renders an <see cref="DocumentText"/> to an A4 PDF with PDFsharp.</summary>
public static class PdfDocumentRenderer
{
    public static byte[] Render(DocumentText agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        using var flow = new PdfTextFlow(agreement.Title);
        flow.Text(agreement.Title, PdfTextFlow.Font(18, bold: true));
        flow.Text(agreement.Subtitle, PdfTextFlow.Font(11));
        flow.Space(10);
        var body = PdfTextFlow.Font(10.5);
        foreach (var block in agreement.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var size = heading.Level == 1 ? 13.5 : 11.5;
                    if (heading.StartsNewPage)
                    {
                        flow.NewPage();
                    }
                    else
                    {
                        flow.Space(heading.Level == 1 ? 12 : 8);
                    }

                    flow.KeepTogether(heading.Level == 1 ? 150 : 60); // a heading stays with what follows it
                    flow.Text(heading.Text, PdfTextFlow.Font(size, bold: true));
                    flow.Space(2);
                    break;
                case ParagraphBlock paragraph:
                    flow.Text(paragraph.Text, body, paragraph.Label);
                    flow.Space(4);
                    break;
                case TableBlock table:
                    flow.Space(2);
                    flow.Table(table.Header, table.Rows, table.HasTotalRow);
                    flow.Space(8);
                    break;
                case SignatureBlock signature:
                    flow.Space(18);
                    flow.KeepTogether(110);
                    flow.Text(signature.Party, PdfTextFlow.Font(10.5, bold: true));
                    flow.WriteLine("Naam: " + (signature.Name ?? string.Empty), 300);
                    flow.WriteLine("Datum: " + (signature.SignedOn is { } on ? Domain.Nl.Date(on) : string.Empty), 300);
                    flow.WriteLine("Handtekening:", 300);
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }

        return flow.ToBytes();
    }
}
