using System.Security.Cryptography;

namespace Leerwerk.Cli.Backup;

/// <summary>
/// File handling common to both providers. A backup holds minors' personal data, so every file is created readable by
/// its owner only (600), and it is written beside its final name first: an existing backup is replaced only by a
/// complete, verified one.
/// </summary>
internal static class BackupFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>A new, empty file beside <paramref name="path"/> to write the backup into before it gets its name.</summary>
    public static string CreateTemporaryBeside(string path)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        CreateOwnerOnly(temporary);
        return temporary;
    }

    /// <summary>Creates an empty file that only its owner can read (on Unix), before anything is written into it.</summary>
    public static void CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (new FileStream(path, options))
        {
        }
    }

    /// <summary>
    /// The end of every backup: the written copy (<paramref name="temporary"/>) checked against the tables read in the same
    /// snapshot (<paramref name="problemOf"/> names what is wrong, or null), then put in the place of
    /// <paramref name="target"/>; an earlier backup there stays as it was when the check fails. <paramref name="copy"/>
    /// names the copy in the message ("de kopie", "de dump").
    /// </summary>
    public static async Task<BackupManifest> CompleteAsync(string temporary, string target, string copy, string provider, string? migration,
        IReadOnlyList<TableChecksum> tables, Func<string, IReadOnlyList<TableChecksum>, CancellationToken, Task<string?>> problemOf,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await problemOf(temporary, tables, cancellationToken) is { } problem)
        {
            throw BackupFailure.Failure($"De back-up is mislukt: {copy} is niet in orde ({problem}). Er is niets overschreven.");
        }

        var manifest = new BackupManifest(clock.GetUtcNow(), provider, migration, Sha256(temporary), tables);
        File.Move(temporary, target, overwrite: true);
        return manifest;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through a temporary file, owner-only.</summary>
    public static void WriteText(string path, string text)
    {
        var temporary = CreateTemporaryBeside(path);
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Removes a temporary file left by a failed attempt; a file that is already gone is fine.</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left behind as a hidden .tmp file; it never has the backup's name, so it cannot be restored by mistake.
        }
    }
}
