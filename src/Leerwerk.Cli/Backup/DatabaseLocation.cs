using System.Data.Common;
using Leerwerk.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Cli.Backup;

/// <summary>
/// The database a backup is made of or restored into, as the command's options and the environment configure it
/// (the same settings as the web app; a relative SQLite path already made absolute).
/// </summary>
internal sealed record DatabaseLocation(bool IsPostgres, string ConnectionString)
{
    public string Provider => IsPostgres ? PostgresBackup.Provider : SqliteBackup.Provider;

    public static DatabaseLocation Of(IServiceProvider services)
    {
        var database = services.GetRequiredService<LeerwerkDbContext>().Database;
        return new DatabaseLocation(!database.IsSqlite(), database.GetConnectionString()!);
    }

    /// <summary>A connection of its own, outside the pool, for the checksums.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => IsPostgres
        ? await PostgresBackup.OpenAsync(ConnectionString, cancellationToken)
        : SqliteBackup.Open(ConnectionString, SqliteOpenMode.ReadOnly);
}
