using System.Globalization;
using System.Threading.RateLimiting;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Limits requests to the anonymous approval link per client address, so tokens cannot be guessed at
/// speed (they are 256 bits, this is defence in depth). Per instance: behind several instances the
/// limit multiplies, which is still far below guessing range.
/// </summary>
public static class GoedkeuringslinkRateLimit
{
    public const string Policy = "goedkeuringslink";

    /// <summary>Requests per minute per address; configurable as RateLimit:GoedkeuringslinkPerMinuut.</summary>
    public const int DefaultPerMinute = 60;

    public static IServiceCollection AddGoedkeuringslinkRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                var configured = context.RequestServices.GetRequiredService<IConfiguration>()["RateLimit:GoedkeuringslinkPerMinuut"];
                var limit = int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : DefaultPerMinute;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
