using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Running behind a reverse proxy: the client's address and scheme are taken from X-Forwarded-For and
/// X-Forwarded-Proto only when the request comes from a proxy named in <c>ForwardedHeaders:KnownProxies</c> (addresses)
/// or <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges), each a list separated by ';'. Without either nothing is
/// trusted, so a client cannot pick its own address for the rate limits. Outside Development the app redirects to
/// HTTPS and sends HSTS, and <c>AllowedHosts</c> must name the site's host names (not "*").
/// </summary>
public static class ProxyInstellingen
{
    public static IServiceCollection AddLeerwerkProxySettings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxies = List(configuration["ForwardedHeaders:KnownProxies"]).Select(IPAddress.Parse).ToList();
        var networks = List(configuration["ForwardedHeaders:KnownNetworks"]).Select(System.Net.IPNetwork.Parse).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Only what is configured: the defaults (loopback) would trust any local process.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        return services;
    }

    /// <summary>Whether any proxy is trusted; without one the forwarded headers are ignored altogether.</summary>
    public static bool HasKnownProxies(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return List(configuration["ForwardedHeaders:KnownProxies"]).Length > 0 || List(configuration["ForwardedHeaders:KnownNetworks"]).Length > 0;
    }

    /// <summary>
    /// Outside Development <c>AllowedHosts</c> must list the host names of the site: with "*" any Host header is
    /// accepted. Returns the Dutch reason to refuse the start, or null when the setting is sound.
    /// </summary>
    public static string? AllowedHostsProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment())
        {
            return null;
        }

        var hosts = List(configuration["AllowedHosts"]).ToList();
        return hosts.Count == 0 || hosts.Contains("*")
            ? "AllowedHosts staat op '*' of is leeg. Stel AllowedHosts in op de hostnamen van de site (gescheiden door ';'), bijvoorbeeld AllowedHosts=leerwerk.school.nl. Zie docs/deployment.md."
            : null;
    }

    private static string[] List(string? value) =>
        (value ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
