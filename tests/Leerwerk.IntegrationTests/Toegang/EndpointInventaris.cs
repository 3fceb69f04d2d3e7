using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>One thing a request can reach: a route of the app with an HTTP method and, for a page, a named handler.</summary>
public sealed record Eindpunt(string Route, string Method, string? Handler)
{
    /// <summary>The row label of the matrix: "GET", "POST" or "POST Deactiveren".</summary>
    public string HandlerLabel => Handler is null ? Method : $"{Method} {Handler}";

    /// <summary>
    /// A URL for the route with every required parameter filled with an id that does not exist (999999) or an unknown
    /// token, and optional parameters left out: authorization is decided before any record is read, and a request that
    /// is allowed changes nothing.
    /// </summary>
    public string Url
    {
        get
        {
            var segments = Route.Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Where(s => !(s.StartsWith('{') && s.EndsWith("?}", StringComparison.Ordinal)))
                .Select(s => s.StartsWith('{') ? (s.StartsWith("{token", StringComparison.Ordinal) ? "onbekend" : "999999") : s);
            var path = "/" + string.Join('/', segments);
            return Handler is null ? path : $"{path}?handler={Handler}";
        }
    }
}

/// <summary>
/// Every endpoint the app maps, read from its <see cref="EndpointDataSource"/>: each Razor page (by its shortest route,
/// as an Index page is mapped twice) with each of its handler methods, and every minimal-API endpoint with its methods.
/// A page added later is in this list without anyone touching a test.
/// </summary>
public static class EndpointInventaris
{
    public static async Task<IReadOnlyList<Eindpunt>> AllAsync(LeerwerkAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var sources = factory.Services.GetServices<EndpointDataSource>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var result = new List<Eindpunt>();
        var pages = new Dictionary<string, (string Route, PageActionDescriptor Page)>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                if (!pages.TryGetValue(page.ViewEnginePath, out var known) || route.Length < known.Route.Length)
                {
                    pages[page.ViewEnginePath] = (route, page);
                }
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                result.AddRange(methods.Select(m => new Eindpunt(route, m.ToUpperInvariant(), null)));
            }
        }

        foreach (var (route, page) in pages.Values)
        {
            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var handlers = compiled.HandlerMethods
                .Select(h => new Eindpunt(route, h.HttpMethod.ToUpperInvariant(), h.Name))
                .Distinct()
                .ToList();

            // A page without handler methods still renders on GET.
            result.AddRange(handlers.Count > 0 ? handlers : [new Eindpunt(route, "GET", null)]);
        }

        return result
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)
            .ThenBy(e => e.Handler ?? string.Empty, StringComparer.Ordinal)
            .ToList();
    }
}
