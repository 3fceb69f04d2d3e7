using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// Holds every request body to its endpoint's limit before anything reads it: the page's <c>[RequestSizeLimit]</c>,
/// else <see cref="UploadInstellingen.MaxVerzoekBytes"/>. A body that announces more is answered at once with 413
/// and the Dutch error page (problem+json under /api), without reading a byte of it; a body without a length is
/// cut off by the server at the same limit. Runs after routing, so the endpoint is known, and before
/// antiforgery and model binding, which would otherwise read the whole form first.
/// </summary>
public static class UploadGrenzen
{
    /// <summary>The limit that was exceeded, in <see cref="HttpContext.Items"/> for the error page.</summary>
    public const string LimietItem = "Leerwerk.UploadLimiet";

    public static IApplicationBuilder UseUploadGrenzen(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            var instellingen = context.RequestServices.GetRequiredService<IOptions<UploadInstellingen>>().Value;
            var limiet = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? instellingen.MaxVerzoekBytes;
            if (context.Request.ContentLength > limiet)
            {
                Weiger(context, limiet);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limiet;
            }

            await next(context);
        });
    }

    // The error page is re-executed on this same request: it must not find a form to read.
    private static void Weiger(HttpContext context, long limiet)
    {
        context.Items[LimietItem] = limiet;
        context.Request.Body = Stream.Null;
        context.Request.ContentLength = 0;
        context.Request.ContentType = null;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }
}
