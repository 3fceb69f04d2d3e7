using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Gives every validation attribute without its own message a Dutch one, so no English
/// "The field X is required" ever reaches a user.
/// </summary>
public sealed class DutchValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessageResourceName is not null || (attribute.ErrorMessage is not null && !IsFrameworkDefault(attribute.ErrorMessage)))
            {
                continue;
            }

            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => "Vul {0} in.",
                RangeAttribute => "{0} moet tussen {1} en {2} liggen.",
                StringLengthAttribute s when s.MinimumLength > 0 => "{0} moet tussen {2} en {1} tekens lang zijn.",
                StringLengthAttribute or MaxLengthAttribute => "{0} mag hoogstens {1} tekens lang zijn.",
                MinLengthAttribute => "{0} moet minstens {1} tekens lang zijn.",
                EmailAddressAttribute => "{0} is geen geldig e-mailadres.",
                PhoneAttribute => "{0} is geen geldig telefoonnummer.",
                RegularExpressionAttribute => "{0} heeft niet de juiste vorm.",
                CompareAttribute => "{0} en {1} zijn niet gelijk.",
                _ => "{0} is ongeldig.",
            };
        }
    }

    // [EmailAddress], [Phone] and [Url] fill ErrorMessage with their built-in English text themselves;
    // Leerwerk's own messages are Dutch and never start like that.
    private static bool IsFrameworkDefault(string message) => message.StartsWith("The ", StringComparison.Ordinal);
}
