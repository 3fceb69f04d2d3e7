using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// A PostgreSQL cluster of one test (initdb and pg_ctl, as ./test.sh makes its own), on a port of its own, that the
/// test may stop and start again. Disposing stops it at once and removes its folder.
/// </summary>
internal sealed class WegwerpPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;

    private WegwerpPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string for <paramref name="database"/> on this cluster.</summary>
    public string Verbinding(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    /// <summary>The newest PostgreSQL's bin folder (Debian's layout), or null when PostgreSQL is not installed.</summary>
    public static string? BinFolder =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0)
                .LastOrDefault()
            : null;

    public static async Task<WegwerpPostgres> StartAsync(CancellationToken ct)
    {
        var bin = BinFolder ?? throw new InvalidOperationException("PostgreSQL is not installed.");
        var folder = Directory.CreateTempSubdirectory("leerwerk-storing-pg.").FullName;
        if (Proces.IsRoot)
        {
            // PostgreSQL refuses to run as root; the folder is the postgres user's.
            await Proces.CheckAsync("chown", ["postgres", folder], ct);
        }

        var cluster = new WegwerpPostgres(bin, folder, FreePort());
        await cluster.AsPostgresAsync("initdb", ["-D", cluster.Data, "-A", "trust", "-U", "postgres", "--no-sync"], ct);
        await cluster.StartAgainAsync(ct);
        return cluster;
    }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>Starts the stopped cluster on the same port and waits until it takes connections.</summary>
    public Task StartAgainAsync(CancellationToken ct) =>
        AsPostgresAsync("pg_ctl", ["-D", Data, "-l", Path.Combine(_folder, "log"), "-w",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"], ct);

    /// <summary>A fast shutdown, as an administrator stops the server: sessions are ended (57P01), new ones refused.</summary>
    public Task StopAsync(CancellationToken ct) => AsPostgresAsync("pg_ctl", ["-D", Data, "-m", "fast", "-w", "stop"], ct);

    public async ValueTask DisposeAsync()
    {
        // Stopped already or not: an immediate stop of a stopped cluster only says so.
        var command = AsPostgres([Path.Combine(_bin, "pg_ctl"), "-D", Data, "-m", "immediate", "stop"]);
        await Proces.RunAsync(command[0], command.Skip(1), CancellationToken.None);
        Directory.Delete(_folder, recursive: true);
    }

    private Task<string> AsPostgresAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var command = AsPostgres([Path.Combine(_bin, tool), .. arguments]);
        return Proces.CheckAsync(command[0], command.Skip(1), ct);
    }

    private static string[] AsPostgres(string[] command) => Proces.IsRoot ? ["runuser", "-u", "postgres", "--", .. command] : command;

    /// <summary>
    /// The first free port of 55463–55469 (kept free for these clusters, away from ./test.sh's 55432), else any the
    /// system gives: a cluster of another run may hold one.
    /// </summary>
    private static int FreePort()
    {
        foreach (var port in Enumerable.Range(55463, 7))
        {
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
            }
        }

        using var any = new TcpListener(IPAddress.Loopback, 0);
        any.Start();
        return ((IPEndPoint)any.LocalEndpoint).Port;
    }
}
