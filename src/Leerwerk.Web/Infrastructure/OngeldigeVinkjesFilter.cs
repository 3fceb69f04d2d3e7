using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// A tampered checkbox (<c>Input.LwtBeoogd=x</c>) leaves the Dutch binding error in the model state and the value
/// "x" as what was attempted; the checkbox tag helper cannot show "x" as ticked or not and throws, so the user got a
/// 500 instead of the message. For every bound bool that failed to bind, the box is shown unticked and the error stays.
/// </summary>
public sealed class OngeldigeVinkjesFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var modelState = context.ModelState;
        foreach (var (key, entry) in modelState.ToList())
        {
            if (entry is { ValidationState: ModelValidationState.Invalid, AttemptedValue: { } value }
                && !bool.TryParse(value, out _)
                && IsBool(context.HandlerInstance.GetType(), key))
            {
                modelState.SetModelValue(key, "false", "false");
            }
        }
    }

    /// <summary>Whether the property path <paramref name="key"/> ("Input.LwtBeoogd") on <paramref name="type"/> is a bool.</summary>
    private static bool IsBool(Type type, string key)
    {
        foreach (var part in key.Split('.'))
        {
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return type == typeof(bool) || type == typeof(bool?);
    }
}
