using System.Net;
using System.Text.RegularExpressions;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Toegang;

namespace Leerwerk.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document against the app: every /api endpoint the app maps is in the document with its method, and the
/// document describes nothing else. An endpoint added without appearing in the document (or the reverse) fails here.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class OpenApiDocumentTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Document_DescribesExactlyTheMappedApiEndpoints()
    {
        using var client = Arrange.ApiClient(factory, null);
        using var response = await ApiJson.GetAsync(client, "/openapi/v1.json");
        var document = await ApiJson.ReadAsync(response, HttpStatusCode.OK);

        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => $"{op.Name.ToUpperInvariant()} {Normalise(path.Name)}"))
            .Order(StringComparer.Ordinal).ToList();
        var mapped = (await EndpointInventaris.AllAsync(factory))
            .Where(e => e.Route.StartsWith("/api/", StringComparison.Ordinal))
            .Select(e => $"{e.Method} {Normalise(e.Route)}")
            .Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(mapped.Count >= 14, string.Join("\n", mapped));
        Assert.Equal(mapped, documented);
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiSleutel").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task ReferencePage_IsServed()
    {
        using var client = Arrange.ApiClient(factory, null);
        using var response = await ApiJson.GetAsync(client, "/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
    }

    /// <summary>"/api/v1/leerlingen/{id:int}/" and "/api/v1/leerlingen/{id}" alike: no constraints, no trailing slash.</summary>
    private static string Normalise(string route) => Constraint().Replace(route, "}").TrimEnd('/');

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();
}
