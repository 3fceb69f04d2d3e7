using System.Globalization;
using Leerwerk.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Binds decimals the Dutch way: "7,5" is 7.5. In nl-NL the dot is the thousands separator, so the
/// framework would quietly read "7.5" as 75; a dot is therefore refused with a Dutch message.
/// </summary>
public sealed class DutchDecimalModelBinder : IModelBinder
{
    public const string DecimalPointMessage = "Gebruik een komma voor decimalen, bijvoorbeeld 7,5.";

    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
        | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            // Empty: null for decimal?, and the required check names the field for decimal.
            if (!bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    $"Vul {bindingContext.ModelMetadata.GetDisplayName()} in.");
            }

            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        if (text.Contains('.', StringComparison.Ordinal))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, DecimalPointMessage);
            return Task.CompletedTask;
        }

        if (decimal.TryParse(text, Styles, Nl.Culture, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                $"'{text}' is geen getal voor {bindingContext.ModelMetadata.GetDisplayName()}; schrijf bijvoorbeeld 7,5.");
        }

        return Task.CompletedTask;
    }
}
