using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Leerwerk.IntegrationTests.Instanties;

/// <summary>
/// Another web instance on the database of <paramref name="owner"/>, as a second server behind the load balancer: its
/// own host, services, key ring cache and connection pool; the demo is not loaded again and the database stays with
/// its owner.
/// </summary>
public sealed class TweedeInstantie(LeerwerkAppFactory owner) : LeerwerkAppFactory
{
    protected override bool LoadDemo => false;

    protected override bool OwnsDatabase => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectionString", owner.ConnectionString);
    }
}
