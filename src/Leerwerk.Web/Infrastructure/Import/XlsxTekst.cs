using System.Text;
using System.Xml;
using Leerwerk.Domain;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// Reads the text of a cell or shared string in chunks and stops at <see cref="XlsxLimieten.MaxCelTekens"/>: a
/// 200 MB text node is never built as one string (<see cref="XmlReader.ReadValueChunk"/> hands it over in pieces).
/// Each method starts on the element's start tag and leaves the reader on its end tag (or on the empty element).
/// </summary>
public static class XlsxTekst
{
    private const int Stuk = 4096;

    /// <summary>
    /// A cell (<c>&lt;c&gt;</c>): the text of its <c>&lt;v&gt;</c> and of its inline string, if any; <paramref name="regel"/>
    /// is the row number the message names when the cell is too long.
    /// </summary>
    public static (string Waarde, string? Inline) LeesCel(XmlReader reader, XlsxLimieten limieten, int regel)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limieten);
        var waarde = string.Empty;
        string? inline = null;
        if (reader.IsEmptyElement)
        {
            return (waarde, inline);
        }

        var diepte = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == diepte))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                waarde = Lees(reader, new StringBuilder(), limieten, regel, isGedeeld: false).ToString();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                inline = LeesRijk(reader, limieten, regel, isGedeeld: false);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "f")
            {
                // A formula's text is not its value; Skip moves past it, so do not Read as well.
                reader.Skip();
                continue;
            }

            reader.Read();
        }

        return (waarde, inline);
    }

    /// <summary>
    /// A shared string (<c>&lt;si&gt;</c>) or inline string (<c>&lt;is&gt;</c>): its text runs joined, without the
    /// phonetic guide (<c>&lt;rPh&gt;</c>) that Excel does not show. <paramref name="nummer"/> is the row number, or for
    /// a shared string its position, that the message names.
    /// </summary>
    public static string LeesRijk(XmlReader reader, XlsxLimieten limieten, int nummer, bool isGedeeld)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limieten);
        var tekst = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var diepte = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == diepte))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                Lees(reader, tekst, limieten, nummer, isGedeeld);
            }

            reader.Read();
        }

        return tekst.ToString();
    }

    // The text content of a leaf element, appended in chunks; ends on the element's end tag.
    private static StringBuilder Lees(XmlReader reader, StringBuilder tekst, XlsxLimieten limieten, int nummer, bool isGedeeld)
    {
        if (reader.IsEmptyElement)
        {
            return tekst;
        }

        var diepte = reader.Depth;
        var buffer = new char[Stuk];
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == diepte))
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }

            int gelezen;
            while ((gelezen = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                if (tekst.Length + gelezen > limieten.MaxCelTekens)
                {
                    throw new XlsxGrensException(naam => TeLangMessage(naam, limieten, nummer, isGedeeld));
                }

                tekst.Append(buffer, 0, gelezen);
            }
        }

        return tekst;
    }

    private static string TeLangMessage(string naam, XlsxLimieten limieten, int nummer, bool isGedeeld) =>
        $"Het bestand ‘{naam}’ heeft {(isGedeeld ? $"een tekst (de {Nl.Amount(nummer)}e gedeelde tekst)" : $"een cel in rij {Nl.Amount(nummer)}")} met meer dan {Nl.Amount(limieten.MaxCelTekens)} tekens; zo lang is geen gegeven dat Leerwerk inleest. Controleer het bestand en probeer opnieuw.";
}
