using System.Net;
using System.Text;

namespace Leerwerk.Web.Mail;

/// <summary>
/// Writes one Dutch message twice, as plain text and as HTML, from the same paragraphs and one link, so the two
/// parts never say different things. Every text is HTML-encoded in the HTML part.
/// </summary>
public sealed class MailText
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new("<!DOCTYPE html><html lang=\"nl\"><body style=\"font-family:sans-serif\">");

    public MailText Paragraph(string text)
    {
        _text.Append(text).Append("\r\n\r\n");
        _html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>");
        return this;
    }

    public MailText Link(string label, string url)
    {
        _text.Append(label).Append(":\r\n").Append(url).Append("\r\n\r\n");
        _html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(label)).Append("</a></p>");
        return this;
    }

    public string Text => _text.ToString().TrimEnd() + "\r\n";

    public string Html => _html.ToString() + "</body></html>";
}
