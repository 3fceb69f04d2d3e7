using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Leerwerk.Data.ApiSleutels;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace Leerwerk.Web.Api;

/// <summary>What the JSON API registers: its own authentication by key, a policy per scope, a rate limit per key, the OpenAPI document.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Requests per minute per key; configurable as RateLimit:ApiPerMinuut.</summary>
    public const int DefaultPerMinute = 120;

    public const string RateLimitPolicy = "api-sleutel";

    public static IServiceCollection AddLeerwerkApi(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiSleutelAuthenticatie>(ApiSleutelAuthenticatie.SchemeName, null);

        // Only the key's scheme: a login cookie opens no API endpoint, so no API request can be forged from a browser.
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Lezen, p => p.AddAuthenticationSchemes(ApiSleutelAuthenticatie.SchemeName).RequireAuthenticatedUser()
                .RequireClaim(ApiSleutelAuthenticatie.ScopeClaim, ApiScopes.Lezen))
            .AddPolicy(ApiPolicies.UrenSchrijven, p => p.AddAuthenticationSchemes(ApiSleutelAuthenticatie.SchemeName).RequireAuthenticatedUser()
                .RequireClaim(ApiSleutelAuthenticatie.ScopeClaim, ApiScopes.UrenSchrijven));

        services.Configure<RateLimiterOptions>(options => options.AddPolicy(RateLimitPolicy, context =>
        {
            var configured = context.RequestServices.GetRequiredService<IConfiguration>()["RateLimit:ApiPerMinuut"];
            var limit = int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : DefaultPerMinute;
            var key = context.User.FindFirst(ApiSleutelAuthenticatie.KeyIdClaim)?.Value ?? "zonder-sleutel";
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        }));

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(ApiDocument.Name, ApiDocument.Configure);
        return services;
    }
}

/// <summary>The authorization policies of the API, one per scope of a key.</summary>
public static class ApiPolicies
{
    public const string Lezen = "api-lezen";

    public const string UrenSchrijven = "api-uren-schrijven";
}
