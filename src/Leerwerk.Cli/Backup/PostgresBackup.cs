using System.Data;
using Npgsql;

namespace Leerwerk.Cli.Backup;

/// <summary>
/// Backup and restore of a PostgreSQL database with <c>pg_dump -Fc</c> and <c>pg_restore</c>. The checksums in the
/// manifest are read in one repeatable-read transaction whose snapshot pg_dump is given (<c>--snapshot</c>), so they
/// describe exactly what the dump holds even while the web app writes.
/// </summary>
internal static class PostgresBackup
{
    public const string Provider = "Postgres";

    public static async Task<BackupManifest> BackupAsync(string connectionString, string target, TimeProvider clock, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var temporary = BackupFile.CreateTemporaryBeside(target);
        try
        {
            IReadOnlyList<TableChecksum> tables;
            string? migration;
            await using (var connection = await OpenAsync(connectionString, cancellationToken))
            await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken))
            {
                string snapshot;
                await using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
                {
                    snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
                }

                tables = await DatabaseChecksum.ComputeAsync(connection, transaction, cancellationToken);
                migration = await DatabaseChecksum.LastMigrationAsync(connection, transaction, cancellationToken);
                var dump = await PostgresTools.RunAsync("pg_dump",
                    [.. PostgresTools.ConnectionOptions(builder), "--format=custom", "--snapshot=" + snapshot, "--file=" + temporary, "--dbname=" + Database(builder)],
                    builder, cancellationToken);
                if (dump.ExitCode != 0)
                {
                    throw BackupFailure.Failure($"De back-up is mislukt: pg_dump meldt: {dump.Error}");
                }

                await transaction.CommitAsync(cancellationToken);
            }

            return await BackupFile.CompleteAsync(temporary, target, "de dump", Provider, migration, tables, ProblemAsync, clock, cancellationToken);
        }
        finally
        {
            BackupFile.DeleteQuietly(temporary);
        }
    }

    /// <summary>Before anything is restored: pg_restore must be able to read the dump, and it must hold every table of the manifest.</summary>
    public static async Task CheckBackupAsync(string backupFile, BackupManifest manifest, CancellationToken cancellationToken)
    {
        if (await ProblemAsync(backupFile, manifest.Tables, cancellationToken) is { } problem)
        {
            throw BackupFailure.Input($"Het back-upbestand '{backupFile}' is beschadigd: {problem}. De doeldatabase is niet aangeraakt.");
        }
    }

    /// <summary>The tables of the target that hold rows; none when the database does not exist yet.</summary>
    public static async Task<IReadOnlyList<string>> TablesWithRowsAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(connectionString, cancellationToken))
        {
            return [];
        }

        await using var connection = await OpenAsync(connectionString, cancellationToken);
        return await TargetDatabase.TablesWithRowsAsync(connection, cancellationToken);
    }

    /// <summary>
    /// Restores the dump into the target database, creating it when absent. <c>--clean --if-exists</c> drops what the
    /// dump recreates; <c>--single-transaction</c> makes a failure leave the target as it was.
    /// </summary>
    public static async Task RestoreAsync(string backupFile, string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!await ExistsAsync(connectionString, cancellationToken))
        {
            await using var maintenance = await OpenAsync(Maintenance(builder), cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {TableCatalog.Quote(Database(builder))}", maintenance);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var restore = await PostgresTools.RunAsync("pg_restore",
            [.. PostgresTools.ConnectionOptions(builder), "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
                "--dbname=" + Database(builder), backupFile],
            builder, cancellationToken);
        if (restore.ExitCode != 0)
        {
            throw BackupFailure.Failure($"Het terugzetten is mislukt; de doeldatabase is niet veranderd. pg_restore meldt: {restore.Error}");
        }
    }

    public static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Outside the pool: a connection left open would keep the database from being dropped or recreated.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>The database's name; Npgsql, like libpq, takes the user's name when the connection string has none.</summary>
    private static string Database(NpgsqlConnectionStringBuilder builder) =>
        builder.Database ?? builder.Username ?? Environment.UserName;

    private static string Maintenance(NpgsqlConnectionStringBuilder builder) =>
        new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres" }.ConnectionString;

    /// <summary>Whether the target database exists: the server says so when asked for one that does not.</summary>
    private static async Task<bool> ExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(connectionString, cancellationToken);
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    /// <summary>What is wrong with a dump, in Dutch, or null: pg_restore must list it, with the data of every table.</summary>
    private static async Task<string?> ProblemAsync(string file, IReadOnlyList<TableChecksum> tables, CancellationToken cancellationToken)
    {
        var list = await PostgresTools.RunAsync("pg_restore", ["--list", file], null, cancellationToken);
        if (list.ExitCode != 0)
        {
            return $"pg_restore kan het niet lezen: {list.Error}";
        }

        var data = list.Output.Split('\n').Where(line => line.Contains(" TABLE DATA ", StringComparison.Ordinal)).ToList();
        var missing = tables.Where(t => !data.Any(line => line.Contains($" {t.Name} ", StringComparison.Ordinal))).Select(t => t.Name).ToList();
        return missing.Count == 0 ? null : $"de gegevens van {string.Join(", ", missing)} ontbreken erin";
    }
}
