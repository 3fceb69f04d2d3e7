using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Leerwerk.Web.Documents.Pdf;

/// <summary>
/// Flows text down A4 pages: wraps words to the text width, starts a new page when the next line
/// does not fit, and finally writes "pagina n van m" under every page.
/// </summary>
public sealed class PdfTextFlow : IDisposable
{
    private const double Margin = 64;
    private const double FooterHeight = 28;
    private const string Family = "Liberation Sans";

    private readonly PdfDocument _document = new();
    private XGraphics? _graphics;
    private double _y;

    public PdfTextFlow(string title)
    {
        LiberationFontResolver.EnsureInstalled();
        _document.Info.Title = title;
        _document.Info.Creator = "Leerwerk";
        NewPage();
    }

    public static XFont Font(double size, bool bold = false) => new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private double Width => _document.Pages[^1].Width.Point - (2 * Margin);

    private double Bottom => _document.Pages[^1].Height.Point - Margin - FooterHeight;

    private XGraphics Graphics => _graphics!;

    /// <summary>Leaves vertical space, or starts a new page when less than <paramref name="points"/> remains.</summary>
    public void Space(double points) => _y = Math.Min(_y + points, Bottom);

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>Writes wrapped text; a bold <paramref name="label"/> runs in before it on the first line.</summary>
    public void Text(string text, XFont font, string? label = null, double indent = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineHeight = font.GetHeight() * 1.25;
        var bold = Font(font.Size, bold: true);
        var labelWidth = label is null ? 0 : Graphics.MeasureString(label + " ", bold).Width;
        foreach (var paragraph in text.Split('\n'))
        {
            var lines = Wrap(paragraph, font, Width - indent - labelWidth);
            for (var i = 0; i < lines.Count; i++)
            {
                KeepTogether(lineHeight);
                if (i == 0 && label is not null)
                {
                    Graphics.DrawString(label, bold, XBrushes.Black, Margin + indent, _y, XStringFormats.TopLeft);
                }

                Graphics.DrawString(lines[i], font, XBrushes.Black, Margin + indent + labelWidth, _y, XStringFormats.TopLeft);
                _y += lineHeight;
            }

            label = null;
        }
    }

    /// <summary>Draws a table with ruled rows; the header and, when asked, the last row are bold.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, bool totalRow)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var regular = Font(10);
        var bold = Font(10, bold: true);
        var rowHeight = regular.GetHeight() * 1.7;
        var columnWidth = Math.Min(Width / header.Count, 120);
        KeepTogether(rowHeight * (Math.Min(rows.Count, 6) + 1));
        DrawRow(header, bold, rowHeight, columnWidth, shaded: true);
        for (var i = 0; i < rows.Count; i++)
        {
            KeepTogether(rowHeight);
            DrawRow(rows[i], totalRow && i == rows.Count - 1 ? bold : regular, rowHeight, columnWidth, shaded: false);
        }
    }

    /// <summary>Draws a line to write on, of the given width, at the current baseline.</summary>
    public void WriteLine(string label, double width)
    {
        var font = Font(10.5);
        var lineHeight = font.GetHeight() * 2.2;
        KeepTogether(lineHeight);
        _y += lineHeight - font.GetHeight();
        Graphics.DrawString(label, font, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
        var start = Margin + Graphics.MeasureString(label + " ", font).Width;
        Graphics.DrawLine(new XPen(XColors.Gray, 0.5), start, _y + font.GetHeight(), Margin + width, _y + font.GetHeight());
        _y += font.GetHeight();
    }

    /// <summary>Finishes the document: page numbers on every page, then the PDF bytes.</summary>
    public byte[] ToBytes()
    {
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(8.5);
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = string.Create(Domain.Nl.Culture, $"pagina {i + 1} van {count}");
            var box = new XRect(Margin, page.Height.Point - Margin, page.Width.Point - (2 * Margin), FooterHeight);
            graphics.DrawString(text, font, XBrushes.DimGray, box, XStringFormats.BottomRight);
            graphics.DrawString(_document.Info.Title, font, XBrushes.DimGray, box, XStringFormats.BottomLeft);
        }

        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    /// <summary>Ends the current page and continues at the top of a new one.</summary>
    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void DrawRow(IReadOnlyList<string> cells, XFont font, double height, double columnWidth, bool shaded)
    {
        var left = Margin;
        var width = columnWidth * cells.Count;
        if (shaded)
        {
            Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(235, 235, 235)), left, _y, width, height);
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var box = new XRect(left + (c * columnWidth) + 4, _y, columnWidth - 8, height);
            var format = c == 0 ? XStringFormats.CenterLeft : XStringFormats.CenterRight;
            Graphics.DrawString(cells[c], font, XBrushes.Black, box, format);
        }

        var pen = new XPen(XColors.Gray, 0.5);
        Graphics.DrawLine(pen, left, _y, left + width, _y);
        Graphics.DrawLine(pen, left, _y + height, left + width, _y + height);
        _y += height;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, font, width)))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Graphics.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    // A word wider than the line (a signature's 64-character hash beside a long label, a long e-mail address) is broken
    // where the line ends; drawn whole it would run off the page and lose its end.
    private IEnumerable<string> Pieces(string word, XFont font, double width)
    {
        var rest = word;
        while (rest.Length > 1 && Graphics.MeasureString(rest, font).Width > width)
        {
            var fit = rest.Length - 1;
            while (fit > 1 && Graphics.MeasureString(rest[..fit], font).Width > width)
            {
                fit--;
            }

            yield return rest[..fit];
            rest = rest[fit..];
        }

        yield return rest;
    }
}
