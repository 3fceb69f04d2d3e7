using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Leerwerk.Web.Infrastructure;

/// <summary>Model binding messages in Dutch: "abc" in a number field names the field and what is wrong.</summary>
public static class DutchModelBinding
{
    public static void Configure(DefaultModelBindingMessageProvider messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is geen geldige waarde voor {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Vul {field} in.");
        messages.SetMissingKeyOrValueAccessor(() => "Vul een waarde in.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is ongeldig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in, met een komma voor decimalen.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"De waarde van {field} is ongeldig.");
        messages.SetValueIsInvalidAccessor(value => $"'{value}' is ongeldig.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} moet een getal zijn, met een komma voor decimalen (bijvoorbeeld 7,5).");
        messages.SetValueMustNotBeNullAccessor(field => $"Vul {field} in.");
    }
}
