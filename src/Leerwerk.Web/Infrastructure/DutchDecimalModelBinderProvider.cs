using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Leerwerk.Web.Infrastructure;

/// <summary>Uses <see cref="DutchDecimalModelBinder"/> for every decimal and decimal? on every form.</summary>
public sealed class DutchDecimalModelBinderProvider : IModelBinderProvider
{
    private static readonly DutchDecimalModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(decimal) ? Binder : null;
    }
}
