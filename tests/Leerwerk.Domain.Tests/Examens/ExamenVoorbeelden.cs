using System.Text.Json;
using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

/// <summary>The 16 worked cases of tests/data/exam-examples.json (a copy, see tests/data/README.md), read with their own small mapping.</summary>
internal static class ExamenVoorbeelden
{
    /// <summary>The folder holding Leerwerk.slnx, found by walking up from the test binaries.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Leerwerk.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return dir.FullName;
    }

    public static string Path() =>
        System.IO.Path.Combine(RepoRoot(), "tests", "data", "exam-examples.json");

    public static IReadOnlyList<(Kandidaat Kandidaat, string Expected)> All()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path()));
        return [.. doc.RootElement.EnumerateArray().Select(e => (Map(e.GetProperty("candidate")), e.GetProperty("expected").GetString()!))];
    }

    private static Kandidaat Map(JsonElement c) => new(
        c.GetProperty("id").GetString()!,
        c.GetProperty("route").GetString() == "lwt" ? UitslagRegeling.Lwt : UitslagRegeling.Bb,
        [.. c.GetProperty("subjects").EnumerateArray().Select(MapVak)],
        Rating(c, "lo"),
        Rating(c, "kunstvakken"));

    private static KandidaatVak MapVak(JsonElement s) => new(
        s.GetProperty("name").GetString()!,
        Enum.Parse<VakSoort>(s.GetProperty("kind").GetString()!, ignoreCase: true),
        s.TryGetProperty("part", out var part) && part.ValueKind == JsonValueKind.String
            ? Enum.Parse<VakDeel>(part.GetString()!, ignoreCase: true)
            : null,
        Number(s, "se"),
        Number(s, "ce"),
        Number(s, "ceResit"));

    private static decimal? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    private static Beoordeling? Rating(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? Enum.Parse<Beoordeling>(v.GetString()!, ignoreCase: true)
            : null;
}
