using Microsoft.Data.Sqlite;

namespace Leerwerk.Cli.Tests.Backup;

/// <summary>
/// One demo database and one backup of it, made once with the real commands, for the tests that restore it; each test
/// restores into a file of its own.
/// </summary>
public sealed class BackupFixture : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("leerwerk-backup-tests-").FullName;

    public string Source => Path.Combine(Folder, "bron.db");

    public string BackupPath => Path.Combine(Folder, "backup.db");

    public int BackupExitCode { get; private set; }

    public string BackupOutput { get; private set; } = string.Empty;

    public static string Connection(string file) => $"Data Source={file}";

    /// <summary>A path in the fixture's folder where no file is yet.</summary>
    public string NewPath(string extension = ".db") => Path.Combine(Folder, $"{Guid.NewGuid():N}{extension}");

    public async ValueTask InitializeAsync()
    {
        var demo = await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection(Source));
        Assert.Equal(0, demo.ExitCode);
        var backup = await CliRunner.RunAsync("backup", "--naar", BackupPath, "--verbinding", Connection(Source));
        (BackupExitCode, BackupOutput) = (backup.ExitCode, backup.Output + backup.Error);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
