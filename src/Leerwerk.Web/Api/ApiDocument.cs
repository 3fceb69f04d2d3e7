using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Leerwerk.Web.Api;

/// <summary>
/// The OpenAPI document of the API (<c>/openapi/v1.json</c>, generated from the mapped endpoints, so it cannot drift)
/// and the Scalar reference page on it (<c>/scalar/v1</c>), both open without login: they describe endpoints, not
/// data. ADR 0010 records the choice.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";

    public const string SecurityScheme = "ApiSleutel";

    /// <summary>Only the API's own endpoints go into the document, with the key as the security scheme.</summary>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShouldInclude = d => d.RelativePath?.StartsWith(ApiEndpoints.Prefix.TrimStart('/'), StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Leerwerk API",
                Version = Name,
                Description = "Leerlingen, overeenkomsten, leerbedrijven, stage-uren en bevindingen van één school, met een API-sleutel "
                    + "(Authorization: Bearer lw_…) die een beheerder onder API-sleutels maakt. Fouten zijn application/problem+json.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Een API-sleutel van de school, met scope 'lezen' en/of 'uren-schrijven'.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, document)] = [] }];
            return Task.CompletedTask;
        });
    }

    /// <summary>Maps the document and the reference page; the page gets the looser CSP its script needs, on its own path only.</summary>
    public static void Map(WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o
                .WithTitle("Leerwerk API")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .AddPreferredSecuritySchemes([SecurityScheme]))
            .AllowAnonymous();
    }
}
