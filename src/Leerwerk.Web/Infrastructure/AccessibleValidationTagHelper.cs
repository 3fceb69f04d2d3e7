using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Ties a field to its error message for screen readers: the message gets an id, the field
/// <c>aria-invalid</c> and <c>aria-describedby</c>. Without client-side validation the tag helpers
/// do not do this themselves.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class AccessibleValidationTagHelper : TagHelper
{
    // Runs after the built-in tag helpers have written name and id.
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var expression = For ?? ValidationFor;
        if (expression is null)
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var messageId = TagBuilder.CreateSanitizedId(name, "_") + "-fout";
        var state = ViewContext.ViewData.ModelState[name];
        var invalid = state is not null && state.Errors.Count > 0;
        if (ValidationFor is not null)
        {
            output.Attributes.SetAttribute("id", messageId);
            output.Attributes.SetAttribute("data-fout-voor", name);
        }
        else if (invalid)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            // Keep a hint that the page already described the field with; the error comes first.
            var hint = output.Attributes["aria-describedby"]?.Value?.ToString();
            output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(hint) ? messageId : $"{messageId} {hint}");
        }
    }
}
