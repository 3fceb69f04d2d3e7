using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>
/// The real web app on a real, migrated database: a temp SQLite file, or a fresh PostgreSQL
/// database when LEERWERK_TEST_POSTGRES names a server. Only configuration is set, and the clock is pinned
/// (<see cref="TestClock"/>): the demo school is loaded on start, as on a first real run, on the same day every time
/// (<see cref="LeegAppFactory"/>: without it).
/// </summary>
public class LeerwerkAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("LEERWERK_TEST_POSTGRES");
    private readonly string _databaseName = $"leerwerk_test_{Guid.NewGuid():N}";

    /// <summary>Whether start-up loads the demo school, as <c>Demo:LoadOnFirstStart</c> does.</summary>
    protected virtual bool LoadDemo => true;

    /// <summary>The app's clock: <see cref="TestClock.Instance"/> unless a factory needs another school year.</summary>
    protected virtual TimeProvider Clock => TestClock.Instance;

    public static bool IsPostgres => !string.IsNullOrEmpty(PostgresServer);

    /// <summary>The database's provider: the tier's, unless a factory names its own server (the fault tests).</summary>
    public virtual string Provider => IsPostgres ? "Postgres" : "Sqlite";

    /// <summary>The database's connection: a fresh database of the tier's server or a temp file, unless a factory names its own.</summary>
    public virtual string ConnectionString => IsPostgres
        ? $"{PostgresServer};Database={_databaseName}"
        : $"Data Source={Path.Combine(Path.GetTempPath(), _databaseName)}.db";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:ApplyMigrationsOnStartup", "true");
        builder.UseSetting("Demo:LoadOnFirstStart", LoadDemo ? "true" : "false");

        // The outbox sender polls the database; only the mail tests (MailAppFactory) run it, so that no other test's
        // database is in use by it when the test drops it.
        builder.UseSetting("Mail:SenderEnabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton(Clock));
    }

    public ValueTask InitializeAsync()
    {
        // Starting the server runs the real start-up: migrations, first administrator, demo school.
        _ = Server;
        return ValueTask.CompletedTask;
    }

    /// <summary>A DbContext that sees every school, for arranging and asserting.</summary>
    public LeerwerkDbContext CreateSystemDbContext() => Services.CreateSystemDbContext();

    /// <summary>A DbContext as a user of <paramref name="schoolIds"/> has it: filtered and audited in their name.</summary>
    public LeerwerkDbContext CreateScopedDbContext(string userName, params int[] schoolIds)
    {
        var options = Services.GetRequiredService<DbContextOptions<LeerwerkDbContext>>();
        return new LeerwerkDbContext(options, FixedSchoolScope.ForSchools(userName, schoolIds));
    }

    /// <summary>
    /// Whether disposing drops the database; not when it goes with the test's own server or file system, nor for a second
    /// instance on another factory's database.
    /// </summary>
    protected virtual bool DropsDatabase => true;

    public override async ValueTask DisposeAsync()
    {
        if (DropsDatabase)
        {
            await using var db = CreateSystemDbContext();
            await db.Database.EnsureDeletedAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
