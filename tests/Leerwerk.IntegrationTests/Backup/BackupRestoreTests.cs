extern alias cli;

using System.CommandLine;
using System.Data.Common;
using cli::Leerwerk.Cli.Backup;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;
using CliCommands = cli::Leerwerk.Cli.Commands.CommandList;

namespace Leerwerk.IntegrationTests.Backup;

/// <summary>
/// <c>leerwerk backup</c> and <c>leerwerk restore</c> on the provider this tier runs on, with the demo database of the
/// shared app as the source: on PostgreSQL through pg_dump and pg_restore into a database the restore creates, on
/// SQLite through the backup API. The restored copy must equal the manifest table by table, and the verification must
/// name a table in which a row was changed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BackupRestoreTests(LeerwerkAppFactory factory) : IAsyncLifetime
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("LEERWERK_TEST_POSTGRES");
    private readonly string _folder = Directory.CreateTempSubdirectory("leerwerk-backup-").FullName;
    private readonly string _targetName = $"leerwerk_test_{Guid.NewGuid():N}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Provider => LeerwerkAppFactory.IsPostgres ? "Postgres" : "Sqlite";

    private string Target => LeerwerkAppFactory.IsPostgres
        ? $"{PostgresServer};Database={_targetName}"
        : $"Data Source={Path.Combine(_folder, _targetName)}.db";

    private string BackupPath => Path.Combine(_folder, "leerwerk.backup");

    [Fact]
    public async Task RoundTrip_DemoDatabase_RestoredTablesEqualTheManifestAndAChangedRowIsFound()
    {
        var backup = await RunAsync("backup", "--naar", BackupPath, "--provider", Provider, "--verbinding", factory.ConnectionString);
        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains("Gecontroleerd:", backup.Output, StringComparison.Ordinal);

        var restore = await RunAsync("restore", "--van", BackupPath, "--provider", Provider, "--verbinding", Target);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains("alle aantallen en controlegetallen gelijk aan het manifest", restore.Output, StringComparison.Ordinal);
        var manifest = BackupManifest.Read(BackupManifest.PathFor(BackupPath)).Manifest!;
        Assert.Equal(Provider, manifest.Provider);
        Assert.Contains(manifest.Tables, t => t is { Name: "Leerlingen", Rows: > 60 });
        var location = new DatabaseLocation(LeerwerkAppFactory.IsPostgres, Target);
        await using (var restored = await location.OpenAsync(Ct))
        {
            var tables = await DatabaseChecksum.ComputeAsync(restored, null, Ct);
            Assert.Equal(manifest.Tables.Select(t => (t.Name, t.Rows)), tables.Select(t => (t.Name, t.Rows)));
            Assert.Equal(manifest.Tables, tables);
        }

        await ExecuteAsync("""UPDATE "Leerlingen" SET "FirstName" = 'Veranderd' WHERE "Id" = (SELECT MIN("Id") FROM "Leerlingen")""");

        Assert.Equal(["tabel Leerlingen heeft evenveel rijen maar andere inhoud"], await RestoreVerification.DifferencesAsync(location, manifest, Ct));
        var refused = await RunAsync("restore", "--van", BackupPath, "--provider", Provider, "--verbinding", Target);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("De doeldatabase bevat al gegevens", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_OverwritingTargetWithATableTheBackupLacks_VerificationOnPostgresNamesIt()
    {
        Assert.Equal(0, (await RunAsync("backup", "--naar", BackupPath, "--provider", Provider, "--verbinding", factory.ConnectionString)).ExitCode);
        Assert.Equal(0, (await RunAsync("restore", "--van", BackupPath, "--provider", Provider, "--verbinding", Target)).ExitCode);
        await ExecuteAsync("""CREATE TABLE "Extra" ("Id" integer PRIMARY KEY); INSERT INTO "Extra" VALUES (1)""");

        var result = await RunAsync("restore", "--van", BackupPath, "--overschrijven", "--provider", Provider, "--verbinding", Target);

        if (LeerwerkAppFactory.IsPostgres)
        {
            // pg_restore --clean drops only what the dump holds: the table stays and the verification must say so.
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("de controle vond verschillen met het manifest: tabel Extra staat niet in de back-up", result.Error, StringComparison.Ordinal);
        }
        else
        {
            // SQLite's backup API replaces the whole file, the extra table with it.
            Assert.True(result.ExitCode == 0, result.Error);
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (LeerwerkAppFactory.IsPostgres)
        {
            await using var maintenance = new NpgsqlConnection($"{PostgresServer};Database=postgres;Pooling=false");
            await maintenance.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_targetName}\" WITH (FORCE)", maintenance);
            await drop.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = LeerwerkAppFactory.IsPostgres
            ? new NpgsqlConnection(Target + ";Pooling=false")
            : new SqliteConnection(Target + ";Pooling=false");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("leerwerk (test)");
        foreach (var command in CliCommands.All())
        {
            root.Subcommands.Add(command);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, Ct);
        return (exitCode, output.ToString(), error.ToString());
    }
}
