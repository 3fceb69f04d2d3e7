using System.Diagnostics;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>Runs a system tool (initdb, pg_ctl, mount) and fails with its output when it does not succeed.</summary>
internal static class Proces
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs <paramref name="file"/> and returns its exit code and its output (stdout and stderr together).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>As <see cref="RunAsync"/>, and throws with the tool's output when it exits non-zero.</summary>
    public static async Task<string> CheckAsync(string file, IEnumerable<string> arguments, CancellationToken ct)
    {
        var (code, output) = await RunAsync(file, arguments, ct);
        return code == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} gave exit code {code}: {output}");
    }
}
