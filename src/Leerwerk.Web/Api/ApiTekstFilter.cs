using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Leerwerk.Domain;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Api;

/// <summary>
/// The forms' text checks for every JSON body of the API, in one place: a text property of an API model (the records
/// in this namespace) with a control character (<see cref="Stuurtekens"/>; <see cref="MeerdereRegelsAttribute"/>
/// allows line breaks) or longer than its <c>[StringLength]</c> is refused with 422 and a Dutch message per field,
/// before the endpoint runs.
/// </summary>
public sealed class ApiTekstFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var fouten = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null || argument.GetType().Namespace != typeof(ApiTekstFilter).Namespace)
            {
                continue;
            }

            foreach (var property in argument.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType == typeof(string) && property.GetValue(argument) is string tekst
                    && Fout(property, tekst) is { } fout)
                {
                    fouten[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = [fout];
                }
            }
        }

        return fouten.Count > 0 ? ApiProblemen.Velden(fouten) : await next(context);
    }

    private static string? Fout(PropertyInfo property, string tekst)
    {
        var veld = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        var meerdereRegels = property.GetCustomAttribute<MeerdereRegelsAttribute>() is not null;
        if (Stuurtekens.Bevat(tekst, meerdereRegels))
        {
            return Stuurtekens.Melding(veld, meerdereRegels);
        }

        return property.GetCustomAttribute<StringLengthAttribute>() is { } lengte && tekst.Length > lengte.MaximumLength
            ? Stuurtekens.TeLang(veld, tekst.Length, lengte.MaximumLength)
            : null;
    }
}
