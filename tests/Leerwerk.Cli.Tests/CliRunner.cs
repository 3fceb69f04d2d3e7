using System.CommandLine;
using Leerwerk.Cli.Commands;

namespace Leerwerk.Cli.Tests;

/// <summary>Runs <c>leerwerk</c> in-process with the real command list, capturing what it writes.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("leerwerk (test)");
        foreach (var command in CommandList.All())
        {
            root.Subcommands.Add(command);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The same, for commands without asynchronous work.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args) =>
        RunAsync(args).GetAwaiter().GetResult();

    /// <summary>A file with <paramref name="content"/> in this test run's own folder, removed when the run ends.</summary>
    public static string TempFile(string extension, byte[] content)
    {
        var path = Path.Combine(TempFolder.Value, $"{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static readonly Lazy<string> TempFolder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("leerwerk-cli-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });
}
