using System.Text.Json.Nodes;
using Leerwerk.Cli.Backup;
using Microsoft.Data.Sqlite;

namespace Leerwerk.Cli.Tests.Backup;

/// <summary>
/// <c>leerwerk backup</c> and <c>leerwerk restore</c> on real SQLite files: the demo database backed up, restored into
/// new files and compared table by table; a target with data, a damaged backup and a missing manifest are refused with
/// a Dutch message and exit code 2, the target untouched.
/// </summary>
public sealed class BackupRestoreTests(BackupFixture fixture) : IClassFixture<BackupFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backup_DemoDatabase_WritesVerifiedBackupAndManifestWithEveryTable()
    {
        Assert.Equal(0, fixture.BackupExitCode);
        Assert.Contains("Gecontroleerd:", fixture.BackupOutput, StringComparison.Ordinal);
        var manifest = ReadManifest(fixture.BackupPath);
        Assert.Equal("Sqlite", manifest.Provider);
        Assert.StartsWith("2026", manifest.MigrationId, StringComparison.Ordinal);
        Assert.Equal(BackupFile.Sha256(fixture.BackupPath), manifest.FileSha256);
        Assert.Equal(await ChecksumsAsync(fixture.Source), manifest.Tables);
        Assert.Contains(manifest.Tables, t => t is { Name: "Leerlingen", Rows: 62 });
        Assert.Contains(manifest.Tables, t => t.Name == "__EFMigrationsHistory" && t.Rows > 0);
        if (!OperatingSystem.IsWindows())
        {
            // The backup holds minors' personal data.
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fixture.BackupPath));
        }
    }

    [Fact]
    public async Task Restore_IntoNewFile_EveryTableHasTheSameRowCountAndChecksumAsTheSource()
    {
        var target = fixture.NewPath();

        var result = await CliRunner.RunAsync("restore", "--van", fixture.BackupPath, "--verbinding", BackupFixture.Connection(target));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("alle aantallen en controlegetallen gelijk aan het manifest", result.Output, StringComparison.Ordinal);
        var source = await ChecksumsAsync(fixture.Source);
        var restored = await ChecksumsAsync(target);
        Assert.Equal(source.Select(t => (t.Name, t.Rows)), restored.Select(t => (t.Name, t.Rows)));
        Assert.Equal(source, restored);
        Assert.True(source.Count > 30, "every table of the schema, not a few");
    }

    [Fact]
    public async Task Verification_ChangedAndDeletedRowInRestoredDatabase_NamesBothTables()
    {
        var target = fixture.NewPath();
        Assert.Equal(0, (await CliRunner.RunAsync("restore", "--van", fixture.BackupPath, "--verbinding", BackupFixture.Connection(target))).ExitCode);
        await ExecuteAsync(target, """
            PRAGMA foreign_keys = OFF;
            UPDATE "Leerlingen" SET "FirstName" = 'Veranderd' WHERE "Id" = (SELECT MIN("Id") FROM "Leerlingen");
            DELETE FROM "StageUren" WHERE "Id" = (SELECT MAX("Id") FROM "StageUren");
            """);

        var differences = await RestoreVerification.DifferencesAsync(
            new DatabaseLocation(IsPostgres: false, BackupFixture.Connection(target)), ReadManifest(fixture.BackupPath), Ct);

        Assert.Equal(2, differences.Count);
        Assert.Contains("tabel Leerlingen heeft evenveel rijen maar andere inhoud", differences);
        Assert.Contains(differences, d => d.StartsWith("tabel StageUren heeft ", StringComparison.Ordinal) && d.Contains("rijen in plaats van", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restore_TargetHoldsData_RefusedWithoutOverschrijvenAndReplacedWithIt()
    {
        var target = fixture.NewPath();
        Assert.Equal(0, (await CliRunner.RunAsync("restore", "--van", fixture.BackupPath, "--verbinding", BackupFixture.Connection(target))).ExitCode);
        await ExecuteAsync(target, """UPDATE "Scholen" SET "Name" = 'Na de back-up veranderd'""");
        var changed = await ChecksumsAsync(target);

        var refused = await CliRunner.RunAsync("restore", "--van", fixture.BackupPath, "--verbinding", BackupFixture.Connection(target));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("De doeldatabase bevat al gegevens", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--overschrijven", refused.Error, StringComparison.Ordinal);
        Assert.Equal(changed, await ChecksumsAsync(target));

        var overwritten = await CliRunner.RunAsync("restore", "--van", fixture.BackupPath, "--overschrijven", "--verbinding", BackupFixture.Connection(target));

        Assert.Equal(0, overwritten.ExitCode);
        Assert.Equal(await ChecksumsAsync(fixture.Source), await ChecksumsAsync(target));
    }

    [Fact]
    public async Task Restore_DamagedBackupFile_GivesDutchMessageAndLeavesTargetUntouched()
    {
        var damaged = CopyBackup();
        var bytes = await File.ReadAllBytesAsync(damaged, Ct);
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        await File.WriteAllBytesAsync(damaged, bytes, Ct);
        var target = fixture.NewPath();

        var result = await CliRunner.RunAsync("restore", "--van", damaged, "--verbinding", BackupFixture.Connection(target));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is beschadigd of veranderd", result.Error, StringComparison.Ordinal);
        Assert.Contains("De doeldatabase is niet aangeraakt", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Restore_BackupChangedAndManifestHashForged_ContentsCheckNamesTheTableBeforeRestoring()
    {
        // Someone edited the backup and put the new file hash in the manifest: the table checksums still give it away.
        var edited = CopyBackup();
        await ExecuteAsync(edited, """UPDATE "Leerbedrijven" SET "Name" = 'Ander bedrijf' WHERE "Id" = (SELECT MIN("Id") FROM "Leerbedrijven")""");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(BackupManifest.PathFor(edited), Ct))!;
        manifest["fileSha256"] = BackupFile.Sha256(edited);
        await File.WriteAllTextAsync(BackupManifest.PathFor(edited), manifest.ToJsonString(), Ct);
        var target = fixture.NewPath();

        var result = await CliRunner.RunAsync("restore", "--van", edited, "--verbinding", BackupFixture.Connection(target));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is beschadigd", result.Error, StringComparison.Ordinal);
        Assert.Contains("tabel Leerbedrijven heeft evenveel rijen maar andere inhoud", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData(null, "ontbreekt")]
    [InlineData("{ dit is geen json", "geen geldige JSON")]
    [InlineData("{}", "is onvolledig")]
    public async Task Restore_ManifestMissingOrUnreadable_GivesDutchMessageAndExitCode2(string? manifestText, string message)
    {
        var copy = CopyBackup();
        File.Delete(BackupManifest.PathFor(copy));
        if (manifestText is not null)
        {
            await File.WriteAllTextAsync(BackupManifest.PathFor(copy), manifestText, Ct);
        }

        var target = fixture.NewPath();

        var result = await CliRunner.RunAsync("restore", "--van", copy, "--verbinding", BackupFixture.Connection(target));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Het manifest", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Restore_BackupFileMissing_GivesDutchMessageAndExitCode2()
    {
        var result = await CliRunner.RunAsync("restore", "--van", fixture.NewPath(), "--verbinding", BackupFixture.Connection(fixture.NewPath()));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bestaat niet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_SqliteBackupIntoPostgres_RefusedBeforeConnecting()
    {
        var result = await CliRunner.RunAsync("restore", "--van", fixture.BackupPath, "--provider", "Postgres",
            "--verbinding", "Host=127.0.0.1;Port=1;Username=leerwerk;Database=leeg;Timeout=3");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("De back-up is van een Sqlite-database en de doeldatabase is Postgres", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_FolderMissing_GivesDutchMessageAndExitCode2()
    {
        var result = await CliRunner.RunAsync("backup", "--naar", Path.Combine(fixture.NewPath(""), "backup.db"), "--verbinding", BackupFixture.Connection(fixture.Source));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bestaat niet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_ExistingFile_ReplacedByTheNewBackupAndNoTemporaryFileLeft()
    {
        var target = fixture.NewPath();
        await File.WriteAllTextAsync(target, "oude back-up", Ct);

        var result = await CliRunner.RunAsync("backup", "--naar", target, "--verbinding", BackupFixture.Connection(fixture.Source));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ReadManifest(target).FileSha256, BackupFile.Sha256(target));
        Assert.Empty(Directory.GetFiles(fixture.Folder, "*.tmp"));
    }

    [Fact]
    public async Task Backup_WhileAnotherConnectionWrites_SucceedsWithoutLockErrorsAndRestoresVerified()
    {
        // A smoke test of the locking: the backup's read transaction and a writer take turns, neither fails with
        // "database is locked", and the copy still matches its manifest. (Which writes land in the copy is timing.)
        var source = fixture.NewPath();
        File.Copy(fixture.Source, source);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var writes = 0;
        var writer = Task.Run(async () =>
        {
            // As the web app would: short write transactions, one after another, until the backup is done.
            while (!stop.IsCancellationRequested)
            {
                await ExecuteAsync(source, $"""UPDATE "Leerlingen" SET "FirstName" = 'Schrijver {writes}' WHERE "Id" = (SELECT MIN("Id") FROM "Leerlingen")""");
                writes++;
            }
        }, Ct);
        var backup = fixture.NewPath();

        var result = await CliRunner.RunAsync("backup", "--naar", backup, "--verbinding", BackupFixture.Connection(source));
        await stop.CancelAsync();
        await writer;

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(writes > 0, "the writer never got to write");
        var restored = await CliRunner.RunAsync("restore", "--van", backup, "--verbinding", BackupFixture.Connection(fixture.NewPath()));
        Assert.True(restored.ExitCode == 0, restored.Error);
    }

    private string CopyBackup()
    {
        var copy = fixture.NewPath();
        File.Copy(fixture.BackupPath, copy);
        File.Copy(BackupManifest.PathFor(fixture.BackupPath), BackupManifest.PathFor(copy));
        return copy;
    }

    private static BackupManifest ReadManifest(string backup)
    {
        var (manifest, error) = BackupManifest.Read(BackupManifest.PathFor(backup));
        Assert.Null(error);
        return manifest!;
    }

    private static async Task<IReadOnlyList<TableChecksum>> ChecksumsAsync(string file)
    {
        await using var connection = SqliteBackup.Open(BackupFixture.Connection(file), SqliteOpenMode.ReadOnly);
        return await DatabaseChecksum.ComputeAsync(connection, null, Ct);
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = SqliteBackup.Open(BackupFixture.Connection(file), SqliteOpenMode.ReadWrite);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
