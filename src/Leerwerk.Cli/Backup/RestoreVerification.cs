namespace Leerwerk.Cli.Backup;

/// <summary>
/// The verification step of <c>leerwerk restore</c>: the restored database's row counts and checksums, computed anew,
/// against the manifest made when the backup was.
/// </summary>
internal static class RestoreVerification
{
    /// <summary>One Dutch line per table that differs from the manifest; empty when the database equals the backup.</summary>
    public static async Task<IReadOnlyList<string>> DifferencesAsync(DatabaseLocation database, BackupManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(manifest);
        await using var connection = await database.OpenAsync(cancellationToken);
        return manifest.Compare(await DatabaseChecksum.ComputeAsync(connection, null, cancellationToken));
    }
}
