using System.Diagnostics;
using Leerwerk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Bench;

/// <summary>
/// The throw-away databases a benchmark measures on: SQLite always, PostgreSQL when LEERWERK_BENCH_POSTGRES names a
/// server (a connection string without Database=). Each is set up as the app does it (configuration section
/// "Database", AddLeerwerkDatabase, the real migrations) and removed afterwards, so a run leaves nothing behind.
/// </summary>
internal static class BenchDatabases
{
    /// <summary>Runs <paramref name="measure"/> (given the provider's Dutch name and the services) on each database.</summary>
    public static async Task MeasureOnEachAsync(string benchmark, Func<string, ServiceProvider, Task> measure)
    {
        var sqlitePad = Path.Combine(Path.GetTempPath(), $"leerwerk-bench-{benchmark}-{Guid.NewGuid():N}.db");
        await OnAsync(DatabaseSettings.Sqlite, $"Data Source={sqlitePad}", services => measure("SQLite", services));
        File.Delete(sqlitePad);

        var postgres = Environment.GetEnvironmentVariable("LEERWERK_BENCH_POSTGRES");
        if (!string.IsNullOrEmpty(postgres))
        {
            await OnAsync(DatabaseSettings.Postgres, $"{postgres};Database=leerwerk_bench_{Guid.NewGuid():N}", services => measure("PostgreSQL", services));
        }
        else
        {
            Console.WriteLine("PostgreSQL overgeslagen: zet LEERWERK_BENCH_POSTGRES op een verbinding zonder Database=.");
        }

        Console.WriteLine($"belasting van de machine (load average 1 min): {Meting.LoadAverage()}");
    }

    /// <summary>
    /// Seeds the one school a benchmark measures on (timed, not part of the measurement): what <paramref name="seed"/>
    /// reports (the number of rows it wrote), the school's id and how long it took, statistics updated.
    /// </summary>
    public static async Task<(T Geschreven, int SchoolId, TimeSpan Duur)> SeedAsync<T>(ServiceProvider services, Func<LeerwerkDbContext, Task<T>> seed)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = services.CreateSystemDbContext();
        var geschreven = await seed(db);

        // As after any bulk load: PostgreSQL plans with the statistics of empty tables until autovacuum gets to them, and
        // the measurement starts at once (the same reason `leerwerk demo --schalen` analyses after generating).
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var schoolId = await db.Scholen.Select(s => s.Id).SingleAsync();
        return (geschreven, schoolId, stopwatch.Elapsed);
    }

    /// <summary>
    /// Runs <paramref name="measure"/> on one database of <paramref name="provider"/> (<see cref="DatabaseSettings"/>),
    /// created with the real migrations and removed afterwards; for a benchmark that needs a fresh database per run.
    /// </summary>
    public static async Task OnAsync(string provider, string connectionString, Func<ServiceProvider, Task> measure)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSystemSchoolScope()
            .AddLeerwerkDatabase(Path.GetTempPath())
            .BuildServiceProvider();
        await using var _ = services;
        await services.MigrateLeerwerkDatabaseAsync();
        try
        {
            await measure(services);
        }
        finally
        {
            // The PostgreSQL database is dropped; the SQLite file is deleted by the caller once the pool let go of it.
            await using var db = services.CreateSystemDbContext();
            await db.Database.EnsureDeletedAsync();
        }
    }
}
