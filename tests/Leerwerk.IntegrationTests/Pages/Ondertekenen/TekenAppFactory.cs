using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Pages.Ondertekenen;

/// <summary>
/// The app for the signing tests: its own database, a rate limit that a whole signing round stays under, and every
/// request arriving from a known reverse proxy (the test server has no peer address), so the client's address comes
/// from X-Forwarded-For as in production.
/// </summary>
public sealed class TekenAppFactory : LeerwerkAppFactory
{
    public const string Proxy = "192.0.2.10";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimit:GoedkeuringslinkPerMinuut", "10000");
        builder.UseSetting("ForwardedHeaders:KnownProxies", Proxy);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, FromProxy>());
    }

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                await nextMiddleware();
            });
            next(app);
        };
    }
}
