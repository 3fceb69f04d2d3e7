using System.CommandLine;
using System.Text.Json;
using Leerwerk.Cli.Commands;

namespace Leerwerk.Cli.Tests.Uitslag;

/// <summary>Runs <c>leerwerk uitslag</c> in-process with captured stdout and stderr.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) Uitslag(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandList.All())
        {
            root.Subcommands.Add(command);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(["uitslag", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    public static string ExamplesPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Leerwerk.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "domain", "exam-examples.json"));
    }

    /// <summary>The examples as (id, expected result, candidate JSON).</summary>
    public static IReadOnlyList<(string Id, string Expected, JsonElement Candidate)> Examples()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(ExamplesPath()));
        return [.. doc.RootElement.EnumerateArray().Select(e =>
            (e.GetProperty("candidate").GetProperty("id").GetString()!, e.GetProperty("expected").GetString()!, e.GetProperty("candidate").Clone()))];
    }

    public static string TempFile(string extension, byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"leerwerk-uitslag-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, content);
        return path;
    }
}
