using System.Text.Json;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Cli.Tests;

public sealed class RegelsCommandTests
{
    private static readonly string[] Kinds = ["MOET", "MAG", "ADVIES"];

    [Fact]
    public void Json_ContainsEveryRuleOnce_WithValidKindsAndCitations()
    {
        var (exitCode, output) = Run("regels", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(rule => rule.Id), items.Select(item => item.GetProperty("id").GetString()));
        foreach (var item in items)
        {
            Assert.Contains(item.GetProperty("kind").GetString(), Kinds);
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("area").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("citation").GetString()));
            Assert.StartsWith("https://wetten.overheid.nl/", item.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.NotEqual(0, item.GetProperty("checkedIn").GetArrayLength());
            Assert.True(item.TryGetProperty("historicalCitation", out _));
        }
    }

    [Fact]
    public void Json_KeepsAccentsAndShowsTheOldArticleInBrackets()
    {
        var (_, output) = Run("regels", "--json", "--zoek", "A3");

        using var json = JsonDocument.Parse(output);
        var a3 = Assert.Single(json.RootElement.EnumerateArray(), item => item.GetProperty("id").GetString() == "A3");
        Assert.Equal("MOET", a3.GetProperty("kind").GetString());
        Assert.Equal("WVO 2020 art. 2.104 lid 1 (was WVO art. 10b7 lid 1)", a3.GetProperty("citation").GetString());
        Assert.Equal("WVO art. 10b7 lid 1", a3.GetProperty("historicalCitation").GetString());
        Assert.Contains("geïntegreerde", Run("regels", "--json", "--zoek", "geintegreerde").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Zoek_FiltersOnTextIgnoringAccents()
    {
        var (_, output) = Run("regels", "--json", "--zoek", "leer-werkovereenkomst");

        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();
        Assert.Contains("E6", ids);
        Assert.DoesNotContain("A1", ids);
    }

    [Fact]
    public void List_GroupsByAreaInDutch()
    {
        var (exitCode, output) = Run("regels");

        Assert.Equal(0, exitCode);
        foreach (var (letter, title) in RuleCatalog.Areas)
        {
            Assert.Contains($"{letter}. {title}", output, StringComparison.Ordinal);
        }

        Assert.Contains("WVO 2020 art. 2.38 lid 9 (was WVO art. 10b1 lid 1)", output, StringComparison.Ordinal);
        Assert.Contains("Geen regels gevonden", Run("regels", "--zoek", "zwembadrooster").Output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var (exitCode, output, _) = CliRunner.Run(args);
        return (exitCode, output);
    }
}
