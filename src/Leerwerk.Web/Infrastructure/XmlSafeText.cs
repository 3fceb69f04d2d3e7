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
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
