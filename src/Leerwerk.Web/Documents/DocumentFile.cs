using System.Globalization;
using System.Text;
using Leerwerk.Web.Documents.Docx;
using Leerwerk.Web.Documents.Pdf;

namespace Leerwerk.Web.Documents;

/// <summary>A rendered agreement, ready to download: bytes, content type and file name.</summary>
public sealed record DocumentFile(byte[] Content, string ContentType, string FileName)
{
    public const string PdfContentType = "application/pdf";

    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Renders <paramref name="text"/> in <paramref name="format"/>, named from the slugged <paramref name="nameParts"/>.</summary>
    public static DocumentFile Render(DocumentText text, DownloadFormat format, params string[] nameParts)
    {
        var name = string.Join('-', nameParts.Select(Slug).Where(p => p.Length > 0));
        return format switch
        {
            DownloadFormat.Pdf => new(PdfDocumentRenderer.Render(text), PdfContentType, name + ".pdf"),
            DownloadFormat.Docx => new(DocxDocumentRenderer.Render(text), DocxContentType, name + ".docx"),
        };
    }

    /// <summary>"Zorgcentrum De Linde" → "zorgcentrum-de-linde": lower case, no accents, dashes between words.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
