using System.Reflection;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>Where a request carries a value: in the route, the query string (or form of a POST), or a JSON body.</summary>
public enum Plek
{
    Route,
    Query,
    Body,
}

/// <summary>One value an endpoint reads from a request that may name a record: "id" in the route, "Input.LeerlingId" in a form.</summary>
public sealed record Parameter(string Name, Plek Plek);

/// <summary>An endpoint as <see cref="EndpointInventaris"/> lists it, with the values it reads that may be ids.</summary>
public sealed record EindpuntMetParameters(Eindpunt Eindpunt, IReadOnlyList<Parameter> Parameters);

/// <summary>
/// The values every endpoint of the app reads, found from its endpoint data source as <see cref="EndpointInventaris"/>
/// finds the endpoints: route parameters, the parameters of each page handler and minimal-API method, the page's bound
/// properties (on GET only those with SupportsGet) and, one level down in a bound form model, a list of one, or a JSON
/// body, the properties whose name ends in "Id". Only whole numbers, lists of them and strings can hold an id; a
/// string counts only in the route or when its name ends in "Id", as other strings are text (a name, a filter).
/// </summary>
public static class IdParameters
{
    public static async Task<IReadOnlyList<EindpuntMetParameters>> AllAsync(LeerwerkAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var sources = factory.Services.GetServices<EndpointDataSource>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var result = new List<EindpuntMetParameters>();
        var pages = new Dictionary<string, (RouteEndpoint Endpoint, PageActionDescriptor Page)>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                if (!pages.TryGetValue(page.ViewEnginePath, out var known) || Route(endpoint).Length < Route(known.Endpoint).Length)
                {
                    pages[page.ViewEnginePath] = (endpoint, page);
                }

                continue;
            }

            var route = RouteParameters(endpoint);
            var method = endpoint.Metadata.GetMetadata<MethodInfo>();
            var parameters = route.Concat(MethodParameters(method?.GetParameters() ?? [], route)).ToList();
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            result.AddRange(methods.Select(m => new EindpuntMetParameters(new Eindpunt(Route(endpoint), m.ToUpperInvariant(), null), parameters)));
        }

        foreach (var (endpoint, page) in pages.Values)
        {
            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var route = RouteParameters(endpoint);
            var handlers = compiled.HandlerMethods.DistinctBy(h => (h.HttpMethod, h.Name)).ToList();
            foreach (var handler in handlers)
            {
                var method = handler.HttpMethod.ToUpperInvariant();
                var parameters = route
                    .Concat(MethodParameters(handler.MethodInfo.GetParameters(), route))
                    .Concat(compiled.BoundProperties.OfType<PageBoundPropertyDescriptor>()
                        .Where(p => method != "GET" || SupportsGet(p.Property))
                        .SelectMany(p => Values(p.Name, p.ParameterType, Plek.Query)))
                    .DistinctBy(p => p.Name)
                    .ToList();
                result.Add(new EindpuntMetParameters(new Eindpunt(Route(endpoint), method, handler.Name), parameters));
            }

            if (handlers.Count == 0)
            {
                result.Add(new EindpuntMetParameters(new Eindpunt(Route(endpoint), "GET", null), route));
            }
        }

        return result;
    }

    private static string Route(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');

    private static List<Parameter> RouteParameters(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.Parameters.Select(p => new Parameter(p.Name, Plek.Route)).ToList();

    private static IEnumerable<Parameter> MethodParameters(IEnumerable<ParameterInfo> parameters, List<Parameter> route) =>
        parameters
            .Where(p => p.Name is not null && !route.Any(r => string.Equals(r.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(p => Values(p.Name!, p.ParameterType, Plek.Query));

    /// <summary>The values a parameter or bound property of <paramref name="type"/> reads: itself when it can be an id, or its "…Id" properties.</summary>
    private static IEnumerable<Parameter> Values(string name, Type type, Plek plek)
    {
        if (IsNumber(type) || type == typeof(List<int>) || (type == typeof(string) && name.EndsWith("id", StringComparison.OrdinalIgnoreCase)))
        {
            return [new Parameter(name, plek)];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && IsModel(type.GetGenericArguments()[0]))
        {
            return IdProperties(type.GetGenericArguments()[0]).Select(p => new Parameter($"{name}[0].{p}", plek));
        }

        // A record of the JSON API (a body) or a form model of a page: services and framework types are neither.
        if (!IsModel(type))
        {
            return [];
        }

        var body = type.Namespace!.StartsWith("Leerwerk.Web.Api", StringComparison.Ordinal);
        return IdProperties(type).Select(p => body ? new Parameter(p, Plek.Body) : new Parameter($"{name}.{p}", plek));
    }

    private static bool IsModel(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("Leerwerk.Web", StringComparison.Ordinal) == true && !typeof(PageModel).IsAssignableFrom(type)
        && !type.Name.EndsWith("Context", StringComparison.Ordinal);

    private static IEnumerable<string> IdProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.Name.EndsWith("Id", StringComparison.Ordinal) && (IsNumber(p.PropertyType) || p.PropertyType == typeof(string)))
            .Select(p => p.Name);

    private static bool IsNumber(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(int);

    private static bool SupportsGet(PropertyInfo property) =>
        property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet
        ?? property.DeclaringType?.GetCustomAttribute<BindPropertiesAttribute>()?.SupportsGet
        ?? false;
}
