namespace Leerwerk.Cli.Backup;

/// <summary>
/// A backup or restore that cannot go on, with the Dutch message for the user and the exit code: 2 for input that
/// cannot be used (a missing or damaged file or manifest, a target that holds data), 1 for a backup or restore that
/// failed or whose verification found differences.
/// </summary>
internal sealed class BackupFailure(string message, int exitCode) : Exception(message)
{
    public const int Failed = 1;
    public const int InvalidInput = 2;

    public int ExitCode { get; } = exitCode;

    public static BackupFailure Input(string message) => new(message, InvalidInput);

    public static BackupFailure Failure(string message) => new(message, Failed);
}
