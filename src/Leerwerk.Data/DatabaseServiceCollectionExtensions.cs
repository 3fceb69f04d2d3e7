using Leerwerk.Data.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Leerwerk.Data;

/// <summary>Registers the one DbContext with the provider the configuration names.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="LeerwerkDbContext"/>. The provider is read inside the options callback so that a
    /// test host's configuration overrides are seen. <paramref name="contentRoot"/> anchors a relative SQLite path.
    /// </summary>
    public static IServiceCollection AddLeerwerkDatabase(this IServiceCollection services, string contentRoot)
    {
        services.AddDbContext<LeerwerkDbContext>((provider, options) =>
        {
            var settings = provider.GetRequiredService<IConfiguration>().GetSection("Database").Get<DatabaseSettings>() ?? new();
            options.UseLeerwerkProvider(settings, contentRoot);
        });
        return services;
    }

    /// <summary>Points the options at SQLite or PostgreSQL, each with its own migrations assembly.</summary>
    public static DbContextOptionsBuilder UseLeerwerkProvider(this DbContextOptionsBuilder options, DatabaseSettings settings, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // A connection that cannot be opened is a fault of the database, not of the code: the request that met it logs
        // one warning naming the fault (StoringAntwoord), so EF Core's own entry is a warning too, not an error.
        options.ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Warning)));

        // A list in a query (the school filter's school ids, on every query) is one parameter: an array on PostgreSQL,
        // JSON on SQLite. EF Core 10's default, a parameter per element, makes the SQL depend on the list's length, and
        // EF then builds the SQL of such a query anew on every execution instead of taking it from its cache: some 15 %
        // of the dossier page's CPU (docs/performance.md).
        if (settings.IsPostgres)
        {
            return options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly("Leerwerk.Data.Postgres")
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }

        if (!string.Equals(settings.Provider, DatabaseSettings.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new DatabaseUnavailableException(
                $"Onbekende databaseprovider '{settings.Provider}'. Kies Database__Provider=Sqlite of Database__Provider=Postgres.");
        }

        return options.UseSqlite(SqliteConnectionString(settings.ConnectionString, contentRoot),
            o => o.MigrationsAssembly("Leerwerk.Data.Sqlite").UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
    }

    /// <summary>The SQLite connection string with its file made absolute (see <see cref="DataRoot"/>).</summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(DataRoot.Resolve(contentRoot), builder.DataSource));
        }

        return builder.ToString();
    }

    /// <summary>
    /// A context that sees every school, for work outside a request (start-up, tests) where the
    /// registered scope would be a request's. The caller disposes it.
    /// </summary>
    public static LeerwerkDbContext CreateSystemDbContext(this IServiceProvider services) =>
        new(services.GetRequiredService<DbContextOptions<LeerwerkDbContext>>(), FixedSchoolScope.System);

    /// <summary>A scope for work outside a request: start-up, the CLI.</summary>
    public static IServiceCollection AddSystemSchoolScope(this IServiceCollection services) =>
        services.AddSingleton<ISchoolScope>(FixedSchoolScope.System);
}
