using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Leerwerk.Cli.Backup;

/// <summary>
/// Runs PostgreSQL's own <c>pg_dump</c> and <c>pg_restore</c>, found on PATH or in /usr/lib/postgresql/*/bin (Debian
/// installs them there, the newest version last). The connection's host, port, user and database are passed as
/// options; the password only through PGPASSWORD, so that it never shows in a process list.
/// </summary>
internal static class PostgresTools
{
    /// <summary>The full path of <paramref name="tool"/>, or a Dutch message saying how to install it.</summary>
    public static string Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool));
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(v => int.TryParse(Path.GetFileName(v), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0)
                .Select(v => Path.Combine(v, "bin", tool))
            : Enumerable.Empty<string>();
        return onPath.Concat(debian).FirstOrDefault(File.Exists)
            ?? throw BackupFailure.Failure($"{tool} is niet gevonden (niet op PATH en niet in /usr/lib/postgresql/*/bin). Installeer de PostgreSQL-clientprogramma's, bijvoorbeeld het Debian-pakket postgresql-client, in dezelfde of een nieuwere versie dan de server.");
    }

    /// <summary>The options that point a PostgreSQL program at the connection's server, user and database.</summary>
    public static IEnumerable<string> ConnectionOptions(NpgsqlConnectionStringBuilder connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!string.IsNullOrEmpty(connection.Host))
        {
            yield return "--host=" + connection.Host;
        }

        yield return "--port=" + connection.Port.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(connection.Username))
        {
            yield return "--username=" + connection.Username;
        }

        yield return "--no-password";
    }

    /// <summary>Runs the tool with <paramref name="arguments"/>; returns its exit code, standard output and error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string tool, IEnumerable<string> arguments,
        NpgsqlConnectionStringBuilder? connection, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Find(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (connection is not null)
        {
            if (!string.IsNullOrEmpty(connection.Password))
            {
                start.Environment["PGPASSWORD"] = connection.Password;
            }

            start.Environment["PGSSLMODE"] = connection.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            };
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, (await error).Trim());
    }
}
