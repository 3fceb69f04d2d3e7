using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Puts every table of every page in its own horizontal scroll container, so a wide table scrolls
/// inside the page at 375 px instead of making the whole page scroll sideways. The container can take
/// keyboard focus (a scrollable region must, WCAG 2.1.1) and is named after the table's caption.
/// </summary>
[HtmlTargetElement("table")]
public sealed partial class TableScrollTagHelper : TagHelper
{
    public const string ContainerClass = "leerwerk-table-scroll";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        var caption = Caption().Match(content.GetContent());
        var label = caption.Success
            ? WebUtility.HtmlDecode(Tags().Replace(caption.Groups[1].Value, " ")).Trim()
            : "";
        label = Whitespace().Replace(label, " ");
        label = label.Length == 0 ? "Tabel" : "Tabel: " + label;
        output.PreElement.AppendHtml(
            $"<div class=\"{ContainerClass}\" role=\"region\" tabindex=\"0\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\">");
        output.PostElement.AppendHtml("</div>");
    }

    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
