using System.Text;
using System.Xml;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Text as an Office file (XLSX, DOCX) may hold it: XML 1.0 has no place for control characters other than tab, line
/// feed and carriage return, nor for a lone surrogate, and the Open XML writer refuses the whole file when a stored value
/// holds one (a name pasted with a vertical tab, an import from an old system). The document drops them, so a download
/// never fails on a stored value; the value itself stays as it is in the database.
/// </summary>
public static class XmlSafeText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? clean = null; // made only when the text holds something to drop: most texts are returned as they are
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                clean?.Append(text, i, pair ? 2 : 1);
            }
            else
            {
                clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            }

            i += pair ? 1 : 0;
        }

        return clean?.ToString() ?? text;
    }
}
