using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Leerwerk.Documents.Tests;

/// <summary>Reads a generated DOCX back: its validation errors and its text, one paragraph a line.</summary>
internal static class Docx
{
    public static IReadOnlyList<string> Errors(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    public static string Text(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    public static IReadOnlyList<string> ParagraphStyles(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value!).Distinct().ToList();
    }
}
