using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Leerwerk.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Leerwerk.Web.Infrastructure.Tekst;

/// <summary>
/// Gives every bound text of every form (a property of an input model, a handler parameter) the checks no page has to
/// remember: no control characters (a name with <c>\x0b</c> gets the Dutch message under its field, and the page's own
/// <c>ModelState.IsValid</c> stops the save; <see cref="MeerdereRegelsAttribute"/> allows line breaks), and a maximum
/// length: its own <c>[StringLength]</c>, else <see cref="Tekstlengte.Standaard"/>, the length of every column without one.
/// </summary>
public sealed class StuurtekenValidatorProvider : IMetadataBasedModelValidatorProvider
{
    public void CreateValidators(ModelValidatorProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Properties and handler parameters only: the elements of a collection (the keuzevakken per profiel, one per
        // line) carry no attributes to tell a note from a name; their page checks them. A dictionary's values are
        // validated as the Value property of KeyValuePair, so that container is left out too.
        if (context.ModelMetadata.ModelType != typeof(string) || context.ModelMetadata.MetadataKind == ModelMetadataKind.Type
            || context.ModelMetadata.ContainerType is { IsGenericType: true } container && container.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            return;
        }

        var attributes = context.ModelMetadata is DefaultModelMetadata metadata ? metadata.Attributes.Attributes : [];
        var meerdereRegels = attributes.OfType<MeerdereRegelsAttribute>().Any();
        context.Results.Add(new ValidatorItem { Validator = new StuurtekenValidator(meerdereRegels), IsReusable = true });
        if (!attributes.Any(a => a is StringLengthAttribute or MaxLengthAttribute))
        {
            context.Results.Add(new ValidatorItem { Validator = new StandaardLengteValidator(), IsReusable = true });
        }
    }

    public bool HasValidators(Type modelType, IList<object> validatorMetadata) => modelType == typeof(string);

    private sealed class StuurtekenValidator(bool meerdereRegels) : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context) =>
            context.Model is string tekst && Stuurtekens.Bevat(tekst, meerdereRegels)
                ? [new ModelValidationResult(string.Empty, Stuurtekens.Melding(context.ModelMetadata.GetDisplayName(), meerdereRegels))]
                : [];
    }

    private sealed class StandaardLengteValidator : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context) =>
            context.Model is string { Length: > Tekstlengte.Standaard }
                ? [new ModelValidationResult(string.Empty, string.Create(CultureInfo.InvariantCulture,
                    $"{context.ModelMetadata.GetDisplayName()} mag hoogstens {Tekstlengte.Standaard} tekens lang zijn."))]
                : [];
    }
}
