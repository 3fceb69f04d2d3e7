using System.Text;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Documents;

namespace Leerwerk.Web.Ondertekenen;

/// <summary>
/// The text a party signs through a link: the agreement as the PDF has it (<see cref="LeerwerkovereenkomstDocument"/>),
/// up to its signature section (names and dates there change while the parties sign), dated the day it went out for
/// signing, so every party signs the same text. Its SHA-256 is stored with each signature.
/// </summary>
public static class Tekentekst
{
    /// <summary>The heading where the signature section begins; everything before it is signed.</summary>
    public const string SignatureHeading = "Ondertekening";

    /// <summary>The day the agreement last went "ter ondertekening" (its history loaded); the date of the text.</summary>
    public static DateOnly DocumentDate(Leerwerkovereenkomst agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var sent = agreement.StatusGeschiedenis.Where(h => h.To == LeerwerkovereenkomstStatus.TerOndertekening)
            .OrderBy(h => h.ChangedAt).ThenBy(h => h.Id).LastOrDefault();
        return DateOnly.FromDateTime((sent?.ChangedAt ?? DateTime.UtcNow).ToLocalTime());
    }

    /// <summary>The document's title, subtitle and blocks before the signature section.</summary>
    public static DocumentText Of(Leerwerkovereenkomst agreement, School school)
    {
        var full = LeerwerkovereenkomstDocument.Text(agreement, school, DocumentDate(agreement));
        var blocks = full.Blocks.TakeWhile(b => b is not HeadingBlock { Text: SignatureHeading }).ToList();
        return full with { Blocks = blocks };
    }

    /// <summary>
    /// The samenwerkingsovereenkomst as the PDF has it without its signature section and without the signature report:
    /// the articles and the appendix "onderwerpen samenwerking" (part of the agreement, after the signatures there).
    /// </summary>
    public static DocumentText Of(Samenwerkingsovereenkomst agreement, School school)
    {
        var full = SamenwerkingsovereenkomstDocument.Text(agreement, school);
        var blocks = new List<DocumentBlock>();
        var inSignatures = false;
        foreach (var block in full.Blocks.TakeWhile(b => b is not HeadingBlock { Text: Ondertekeningsverslag.Heading }))
        {
            if (block is HeadingBlock { Level: 1 } heading)
            {
                inSignatures = heading.Text == SignatureHeading;
            }

            if (!inSignatures)
            {
                blocks.Add(block);
            }
        }

        return full with { Blocks = blocks };
    }

    /// <summary>The text as plain lines, one per heading, paragraph and table row: what the hash is taken over.</summary>
    public static string Plain(DocumentText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder().Append(text.Title).Append('\n').Append(text.Subtitle).Append('\n');
        foreach (var block in text.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    plain.Append(heading.Text).Append('\n');
                    break;
                case ParagraphBlock paragraph:
                    plain.Append(paragraph.Label is null ? "" : paragraph.Label + " ").Append(paragraph.Text).Append('\n');
                    break;
                case TableBlock table:
                    foreach (var row in table.Rows.Prepend(table.Header))
                    {
                        plain.AppendJoin(" | ", row).Append('\n');
                    }

                    break;
            }
        }

        return plain.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 plain text.</summary>
    public static string Hash(DocumentText text) => Tekenlink.Hash(Plain(text));
}
