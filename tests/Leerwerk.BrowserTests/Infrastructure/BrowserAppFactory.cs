using System.Net;
using Leerwerk.Data;
using Leerwerk.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.BrowserTests.Infrastructure;

/// <summary>
/// The real web app on a real loopback socket (Kestrel on 127.0.0.1, a free port) and a real, migrated
/// database: a temp SQLite file, or a fresh PostgreSQL database when LEERWERK_TEST_POSTGRES names a server.
/// Only configuration is set, and the clock is pinned (<see cref="TestClock"/>); the demo school is loaded on start.
/// </summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("LEERWERK_TEST_POSTGRES");
    private readonly string _databaseName = $"leerwerk_browser_{Guid.NewGuid():N}";

    public static bool IsPostgres => !string.IsNullOrEmpty(PostgresServer);

    public string ConnectionString => IsPostgres
        ? $"{PostgresServer};Database={_databaseName}"
        : $"Data Source={Path.Combine(Path.GetTempPath(), _databaseName)}.db";

    /// <summary>The address a browser can reach, e.g. <c>http://127.0.0.1:41234</c>; set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts Kestrel on loopback port 0 and reads the port it got.</summary>
    public void Start()
    {
        // UseKestrel must come before anything builds the host (CreateClient, Services, Server).
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:ApplyMigrationsOnStartup", "true");
        builder.UseSetting("Demo:LoadOnFirstStart", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(TestClock.Instance));
    }

    public override async ValueTask DisposeAsync()
    {
        if (BaseAddress is not null)
        {
            await using var db = Services.CreateSystemDbContext();
            await db.Database.EnsureDeletedAsync();
        }

        await base.DisposeAsync();
    }
}
