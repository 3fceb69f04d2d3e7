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
}
