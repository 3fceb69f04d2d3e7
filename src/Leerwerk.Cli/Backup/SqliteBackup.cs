using Microsoft.Data.Sqlite;

namespace Leerwerk.Cli.Backup;

/// <summary>
/// Backup and restore of a SQLite database through SQLite's online backup API: a consistent copy page by page, safe
/// while the web app reads and writes (a file copy is not: it can catch a write half-way).
/// </summary>
internal static class SqliteBackup
{
    public const string Provider = "Sqlite";

    /// <summary>
    /// Copies the database into <paramref name="target"/> and returns the manifest, which the caller writes. The
    /// checksums are read in the same read transaction the backup copies from, so they describe exactly the copy;
    /// then the copy itself is opened, checked by SQLite and checksummed again.
    /// </summary>
    public static async Task<BackupManifest> BackupAsync(string connectionString, string target, TimeProvider clock, CancellationToken cancellationToken)
    {
        var databaseFile = FileOf(connectionString);
        if (!File.Exists(databaseFile))
        {
            throw BackupFailure.Input($"De database '{databaseFile}' bestaat niet; er is niets om te back-uppen.");
        }

        if (string.Equals(databaseFile, Path.GetFullPath(target), StringComparison.Ordinal))
        {
            throw BackupFailure.Input($"De back-up kan niet naar het databasebestand zelf ('{target}'); kies een ander bestand.");
        }

        var temporary = BackupFile.CreateTemporaryBeside(target);
        try
        {
            IReadOnlyList<TableChecksum> tables;
            string? migration;
            // Read-write, although it only reads: a read-only connection cannot roll back a journal left by a crashed writer.
            await using (var source = Open(connectionString, SqliteOpenMode.ReadWrite))
            await using (var copy = Open(ForFile(temporary), SqliteOpenMode.ReadWrite))
            {
                // A deferred transaction takes SQLite's read lock at its first read and holds it until the backup is
                // done; the backup API uses the source connection's open read transaction instead of starting its own.
                await using var transaction = source.BeginTransaction(deferred: true);
                tables = await DatabaseChecksum.ComputeAsync(source, transaction, cancellationToken);
                migration = await DatabaseChecksum.LastMigrationAsync(source, transaction, cancellationToken);
                source.BackupDatabase(copy);
                await transaction.CommitAsync(cancellationToken);
            }

            return await BackupFile.CompleteAsync(temporary, target, "de kopie", Provider, migration, tables, ProblemAsync, clock, cancellationToken);
        }
        finally
        {
            BackupFile.DeleteQuietly(temporary);
        }
    }

    /// <summary>
    /// Before anything is restored: the backup file must be a sound SQLite database whose tables match the manifest.
    /// </summary>
    public static async Task CheckBackupAsync(string backupFile, BackupManifest manifest, CancellationToken cancellationToken)
    {
        string? problem;
        try
        {
            problem = await ProblemAsync(backupFile, manifest.Tables, cancellationToken);
        }
        catch (SqliteException ex)
        {
            problem = $"SQLite kan het niet lezen ({ex.Message})";
        }

        if (problem is not null)
        {
            throw BackupFailure.Input($"Het back-upbestand '{backupFile}' is beschadigd: {problem}. De doeldatabase is niet aangeraakt.");
        }
    }

    /// <summary>Whether the target database holds any row (a file that does not exist or is empty holds none).</summary>
    public static async Task<IReadOnlyList<string>> TablesWithRowsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            return [];
        }

        await using var connection = Open(connectionString, SqliteOpenMode.ReadOnly);
        return await TargetDatabase.TablesWithRowsAsync(connection, cancellationToken);
    }

    /// <summary>Replaces the target database's contents with the backup's, through the backup API.</summary>
    public static async Task RestoreAsync(string backupFile, string connectionString, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(file))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!Directory.Exists(folder))
            {
                throw BackupFailure.Input($"De map '{folder}' van de doeldatabase bestaat niet.");
            }

            BackupFile.CreateOwnerOnly(file);
        }

        await using var source = Open(ForFile(backupFile), SqliteOpenMode.ReadOnly);
        await using var target = Open(connectionString, SqliteOpenMode.ReadWrite);
        cancellationToken.ThrowIfCancellationRequested();
        source.BackupDatabase(target);
    }

    /// <summary>Opens a connection of its own, outside the pool, so that the file is closed when it is disposed.</summary>
    public static SqliteConnection Open(string connectionString, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = mode, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The full path of the database file a connection string names.</summary>
    public static string FileOf(string connectionString) => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public static string ForFile(string file) => new SqliteConnectionStringBuilder { DataSource = file }.ToString();

    /// <summary>What is wrong with a backup copy, in Dutch, or null: SQLite's own integrity check, then the checksums.</summary>
    private static async Task<string?> ProblemAsync(string file, IReadOnlyList<TableChecksum> expected, CancellationToken cancellationToken)
    {
        await using var copy = Open(ForFile(file), SqliteOpenMode.ReadOnly);
        await using (var check = copy.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            if (await check.ExecuteScalarAsync(cancellationToken) is not "ok")
            {
                return "de eigen controle van SQLite (integrity_check) keurt het af";
            }
        }

        var manifest = new BackupManifest(default, Provider, null, string.Empty, expected);
        var differences = manifest.Compare(await DatabaseChecksum.ComputeAsync(copy, null, cancellationToken));
        return differences.Count == 0 ? null : $"het verschilt van het manifest: {string.Join("; ", differences)}";
    }
}
