using DocumentFormat.OpenXml.Wordprocessing;

namespace Leerwerk.Web.Documents.Docx;

/// <summary>The styles part of an agreement: Normal, Title, Heading 1 and 2, so Word's navigation and restyling work.</summary>
public static class DocxStyles
{
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" },
                new FontSize { Val = "21" },
                new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "100", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph("Title", "Title", "36", keepNext: true),
        Paragraph("Heading1", "heading 1", "27", keepNext: true, outline: 0, before: "280"),
        Paragraph("Heading2", "heading 2", "23", keepNext: true, outline: 1, before: "200"));

    private static Style Paragraph(string id, string name, string? size, bool isDefault = false, bool keepNext = false, int? outline = null, string? before = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle());
        }

        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }

        if (before is not null)
        {
            paragraph.Append(new SpacingBetweenLines { Before = before, After = "80" });
        }

        if (outline is not null)
        {
            paragraph.Append(new OutlineLevel { Val = outline });
        }

        style.Append(paragraph);
        if (size is not null)
        {
            style.Append(new StyleRunProperties(new Bold(), new FontSize { Val = size }));
        }

        return style;
    }
}
