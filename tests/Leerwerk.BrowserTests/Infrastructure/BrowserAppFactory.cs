using System.Net;
using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.BrowserTests.Infrastructure;

/// <summary>
/// The real web app on a real loopback socket (Kestrel on 127.0.0.1, a free port) and a real, migrated
/// database: a temp SQLite file, or a fresh PostgreSQL database when LEERWERK_TEST_POSTGRES names a server.
/// Only configuration is set, and the clock is pinned (<see cref="TestClock"/>). The demo school is loaded on start,
/// unless <paramref name="loadDemo"/> is false: then the app starts as a new installation run for real, with only the
/// first beheerder and no school. <paramref name="settings"/> adds configuration of a test's own app (e.g. its SMTP server).
/// </summary>
public sealed class BrowserAppFactory(bool loadDemo = true, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
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
        builder.UseSetting("Demo:LoadOnFirstStart", loadDemo ? "true" : "false");

        // The reminders' weekly overview gives the demo's agreements new approval links, which would race a test that
        // issues one itself; the reminders have their own tests (Leerwerk.IntegrationTests.Herinneringen).
        builder.UseSetting("Achtergrond:RemindersEnabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(TestClock.Instance));
    }

    /// <summary>
    /// Gives the first beheerder a known one-time password (start-up prints a random one on the console, which a
    /// test cannot read reliably); the account keeps its must-change claim, so the first login still asks for a new one.
    /// </summary>
    public async Task SetFirstAdministratorPasswordAsync(string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LeerwerkUser>>();
        var admin = await users.FindByNameAsync(AccountBootstrapper.AdministratorName)
            ?? throw new InvalidOperationException("Start-up did not create the first beheerder.");
        await users.RemovePasswordAsync(admin);
        var result = await users.AddPasswordAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
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
