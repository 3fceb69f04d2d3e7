using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Data;

/// <summary>Applies migrations, turning "cannot reach the database" into one clear Dutch message.</summary>
public static class DatabaseMigrator
{
    /// <summary>Creates the SQLite folder when needed and applies every pending migration.</summary>
    public static async Task<IReadOnlyList<string>> MigrateLeerwerkDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerwerkDbContext>();
        try
        {
            EnsureSqliteFolder(db);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            return pending;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            throw new DatabaseUnavailableException(Describe(db, ex), ex);
        }
    }

    /// <summary>True when the exception means the database could not be reached, opened or written.</summary>
    public static bool IsUnreachable(Exception ex) =>
        ex is DbException or IOException or UnauthorizedAccessException or TimeoutException
        || (ex is InvalidOperationException && ex.InnerException is not null && IsUnreachable(ex.InnerException));

    /// <summary>A Dutch description of which database failed and what to check, without secrets.</summary>
    public static string Describe(DbContext db, Exception ex)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ex);
        var inner = ex.InnerException ?? ex;
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            return $"De database kan niet worden geopend: het SQLite-bestand '{file}' is niet bereikbaar of niet schrijfbaar ({inner.Message}). Controleer de map en de rechten, of stel Database__ConnectionString in.";
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = db.Database.GetConnectionString() };
        builder.TryGetValue("Host", out var host);
        builder.TryGetValue("Port", out var port);
        return $"De database is niet bereikbaar: PostgreSQL op {host ?? "?"}:{port ?? "5432"} antwoordt niet of weigert de verbinding ({inner.Message}). Controleer of de server draait en of Database__ConnectionString klopt.";
    }

    /// <summary>
    /// Creates the SQLite file's folder and the file itself readable by the app's own user only (700 and 600 on Unix),
    /// before SQLite creates them with the process's umask: the file holds minors' records. SQLite gives its journal
    /// files the permissions of the database file. An existing file is narrowed to 600; an existing folder is left as
    /// it is (it may be shared, such as /tmp).
    /// </summary>
    private static void EnsureSqliteFolder(LeerwerkDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(file))
        {
            // An empty file is an empty database to SQLite; creating it here is what sets its mode.
            using (new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = ownerOnly }))
            {
            }
        }
        else if ((File.GetUnixFileMode(file) & ~ownerOnly) != 0)
        {
            File.SetUnixFileMode(file, ownerOnly);
        }
    }
}
