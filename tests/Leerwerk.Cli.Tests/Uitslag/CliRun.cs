using System.Text.Json;

namespace Leerwerk.Cli.Tests.Uitslag;

/// <summary>Runs <c>leerwerk uitslag</c> in-process with captured stdout and stderr.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) Uitslag(params string[] args) => CliRunner.Run(["uitslag", .. args]);

    public static string ExamplesPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Leerwerk.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "tests", "data", "exam-examples.json");
    }

    /// <summary>The examples as (id, expected result, candidate JSON).</summary>
    public static IReadOnlyList<(string Id, string Expected, JsonElement Candidate)> Examples()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(ExamplesPath()));
        return [.. doc.RootElement.EnumerateArray().Select(e =>
            (e.GetProperty("candidate").GetProperty("id").GetString()!, e.GetProperty("expected").GetString()!, e.GetProperty("candidate").Clone()))];
    }

    public static string TempFile(string extension, byte[] content) => CliRunner.TempFile(extension, content);
}
