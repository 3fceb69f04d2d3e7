namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// A small tmpfs of one test, to fill up: mounted on a temp folder (root only), unmounted and removed on dispose.
/// </summary>
internal sealed class KleineSchijf : IAsyncDisposable
{
    private KleineSchijf(string folder) => Folder = folder;

    public string Folder { get; }

    private string Vulling => Path.Combine(Folder, "vulling.bin");

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/>; null and the reason when this system does not permit it.</summary>
    public static async Task<(KleineSchijf? Schijf, string? Reden)> TryMountAsync(int megabytes, CancellationToken ct)
    {
        if (!OperatingSystem.IsLinux() || !Proces.IsRoot)
        {
            return (null, "Een tmpfs mounten kan alleen als root op Linux (in CI draaien de tests als root).");
        }

        var folder = Directory.CreateTempSubdirectory("leerwerk-storing-vol.").FullName;
        var (code, output) = await Proces.RunAsync("mount", ["-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", folder], ct);
        if (code != 0)
        {
            Directory.Delete(folder);
            return (null, $"mount -t tmpfs is hier niet toegestaan: {output.Trim()}");
        }

        return (new KleineSchijf(folder), null);
    }

    /// <summary>Writes one file until the file system has no byte left.</summary>
    public async Task FillAsync(CancellationToken ct)
    {
        await using var file = new FileStream(Vulling, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        foreach (var size in new[] { 1 << 20, 1 << 12, 1 })
        {
            var block = new byte[size];
            try
            {
                while (true)
                {
                    await file.WriteAsync(block, ct);
                }
            }
            catch (IOException)
            {
                // Full at this block size: go on with smaller blocks for what is left.
            }
        }
    }

    /// <summary>Makes room again, as the beheerder does.</summary>
    public void Empty() => File.Delete(Vulling);

    public async ValueTask DisposeAsync()
    {
        // Pooled SQLite connections keep the database file open; "target is busy" then, so a lazy unmount is the fallback.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var (code, _) = await Proces.RunAsync("umount", [Folder], CancellationToken.None);
        if (code != 0)
        {
            await Proces.RunAsync("umount", ["-l", Folder], CancellationToken.None);
        }

        Directory.Delete(Folder, recursive: true);
    }
}
