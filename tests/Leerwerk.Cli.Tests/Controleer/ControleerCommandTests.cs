using System.Text.Json;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Cli.Tests.Controleer;

public sealed class ControleerCommandTests
{
    /// <summary>The date docs/controleer.md gives for the examples: leerjaar 4, after 1 April (exam period started).</summary>
    private const string On = "2027-06-20";

    public static TheoryData<string> RuleExamples() =>
        [.. ExampleIds().Where(id => KindOf(id) == RuleKind.Moet)];

    /// <summary>Examples of ADVIES rules (B3): a warning, never an error.</summary>
    public static TheoryData<string> AdviceExamples() =>
        [.. ExampleIds().Where(id => KindOf(id) == RuleKind.Advies)];

    /// <summary>Examples of MAG rules: the file uses the freedom and shows it as allowed.</summary>
    public static TheoryData<string> MagRuleExamples() =>
        [.. ExampleIds().Where(id => KindOf(id) == RuleKind.Mag)];

    /// <summary>The kind of the catalogue rule an example is named after ("E5-UREN" is E5's).</summary>
    private static RuleKind KindOf(string id) => RuleCatalog.Get(RuleCatalog.BaseId(id)).Kind;

    /// <summary>The example of an ADVIES rule: a hint, not a MOET error.</summary>
    private const string AdviesExample = "E3";

    [Theory]
    [MemberData(nameof(RuleExamples))]
    public async Task Example_ShowsItsDocumentedRuleAsMoetError(string ruleId)
    {
        var (exit, output, error) = await CliRunner.RunAsync("controleer", Example(ruleId), "--op", On);

        Assert.Equal(1, exit);
        Assert.Empty(error);
        var findings = Findings(output);
        Assert.Contains(findings, f => f.RuleId == ruleId && f.Kind == "MOET" && f.Severity == "error");
        Assert.Contains(ruleId, File.ReadAllText(Path.Combine(ExamplesDirectory(), "..", "controleer.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdviceExamples))]
    public async Task AdviceExample_ShowsItsRuleAsAdviesWarning(string ruleId)
    {
        var (_, output, error) = await CliRunner.RunAsync("controleer", Example(ruleId), "--op", On);

        Assert.Empty(error);
        Assert.Contains(Findings(output), f => f.RuleId == ruleId && f.Kind == "ADVIES" && f.Severity == "warning");
        Assert.Contains(ruleId, File.ReadAllText(Path.Combine(ExamplesDirectory(), "..", "controleer.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MagRuleExamples))]
    public async Task MagExample_ShowsTheFreedomAsAllowedWithoutError(string ruleId)
    {
        var (exit, output, error) = await CliRunner.RunAsync("controleer", Example(ruleId), "--op", On);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var findings = Findings(output);
        Assert.Contains(findings, f => f.RuleId == ruleId && f.Kind == "MAG" && f.Severity == "info");
        Assert.DoesNotContain(findings, f => f.Severity == "error");
        Assert.Contains(ruleId, File.ReadAllText(Path.Combine(ExamplesDirectory(), "..", "controleer.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdviesExampleE3_IsAHintWithoutError()
    {
        var (exit, output, error) = await CliRunner.RunAsync("controleer", Example(AdviesExample), "--op", On);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var findings = Findings(output);
        Assert.Contains(findings, f => f.RuleId == "E3" && f.Kind == "ADVIES" && f.Severity == "warning");
        Assert.DoesNotContain(findings, f => f.Severity == "error");
    }

    [Fact]
    public async Task HourWithAPlaatsingIndexOutOfRange_ExitsTwoNamingThePath()
    {
        var json = File.ReadAllText(Example("E4")).Replace("\"plaatsing\": 0", "\"plaatsing\": 3", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"controleer-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json, TestContext.Current.CancellationToken);
        try
        {
            var (exit, _, error) = await CliRunner.RunAsync("controleer", file, "--op", On);

            Assert.Equal(2, exit);
            Assert.Contains("dossiers[0].uren[0].plaatsing: 3 verwijst niet naar een plaatsing", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task LawfulExample_HasNoMoetError()
    {
        var (exit, output, _) = await CliRunner.RunAsync("controleer", Example("in-orde"), "--op", On);

        Assert.Equal(0, exit);
        Assert.DoesNotContain(Findings(output), f => f.Severity == "error");
    }

    [Fact]
    public async Task Output_CarriesLeerlingnummerCitationAndSubject()
    {
        var (_, output, _) = await CliRunner.RunAsync("controleer", Example("E6"), "--op", On);

        using var doc = JsonDocument.Parse(output);
        var dossier = Assert.Single(doc.RootElement.EnumerateArray().ToList());
        Assert.Equal("24001", dossier.GetProperty("leerlingnummer").GetString());
        // Hours under the unsigned agreement do not count either (E6-UREN, E1): pick the E6 finding itself.
        var finding = dossier.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "E6");
        Assert.StartsWith("WVO 2020 art. 2.103", finding.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.Equal("Leerling 24001 (Sanne de Vries)", finding.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task E1_ForALeerjaarThreeStudent_NamesTheExamPeriodOfNextSchoolYear()
    {
        // The E1 example's student, in leerjaar 3 on 15 April 2026: leerjaar 4 is 2026-2027, its exam period 1 April 2027.
        // One hour a week on two days: the forecast stays below 640 hours, so E1 warns.
        var json = File.ReadAllText(Example("E1"))
            .Replace("\"leerjaar\": 4", "\"leerjaar\": 3", StringComparison.Ordinal)
            .Replace("\"monday\": 8,", "\"monday\": 1,", StringComparison.Ordinal)
            .Replace("\"tuesday\": 8", "\"tuesday\": 1", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"controleer-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json, TestContext.Current.CancellationToken);
        try
        {
            var (_, output, error) = await CliRunner.RunAsync("controleer", file, "--op", "2026-04-15");

            Assert.Empty(error);
            using var doc = JsonDocument.Parse(output);
            var e1 = doc.RootElement.EnumerateArray().Single().GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "E1");
            Assert.Equal("warning", e1.GetProperty("severity").GetString());
            Assert.EndsWith("vóór de examenperiode (1 april 2027 in leerjaar 4).", e1.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task BadDateInInput_ExitsTwoNamingThePath()
    {
        var json = File.ReadAllText(Example("in-orde")).Replace("\"2025-09-08\"", "\"2026-13-01\"", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"controleer-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, $"[{json}]", TestContext.Current.CancellationToken);
        try
        {
            var (exit, output, error) = await CliRunner.RunAsync("controleer", file, "--op", On);

            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains("dossiers[0].plaatsingen[0].startDate: '2026-13-01' is geen geldige datum", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("{ niet json")]
    [InlineData("42")]
    [InlineData("[{}]")]
    public async Task UnreadableOrInvalidJson_ExitsTwo(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"controleer-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, content, TestContext.Current.CancellationToken);
        try
        {
            var (exit, _, error) = await CliRunner.RunAsync("controleer", file);

            Assert.Equal(2, exit);
            Assert.NotEmpty(error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task BadOpDate_ExitsTwoWithDutchMessage()
    {
        var (exit, _, error) = await CliRunner.RunAsync("controleer", Example("in-orde"), "--op", "2027-02-30");

        Assert.Equal(2, exit);
        Assert.Contains("'2027-02-30' is geen geldige datum", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryExample_HasTheSchemaRequiredProperties()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExamplesDirectory(), "..", "schemas", "dossier.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");
        foreach (var file in Directory.GetFiles(ExamplesDirectory(), "dossier-*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            AssertRequired(schema.RootElement.GetProperty("$defs").GetProperty("dossier"), doc.RootElement, defs, Path.GetFileName(file));
        }
    }

    internal static string ExamplesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Leerwerk.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Leerwerk.slnx not found."), "docs", "examples");
    }

    private static IEnumerable<string> ExampleIds() =>
        Directory.GetFiles(ExamplesDirectory(), "dossier-*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Select(name => name!["dossier-".Length..])
            .Where(id => id != "in-orde")
            .Order(StringComparer.Ordinal);

    private static string Example(string id) => Path.Combine(ExamplesDirectory(), $"dossier-{id}.json");

    private static List<(string RuleId, string Kind, string Severity)> Findings(string output)
    {
        using var doc = JsonDocument.Parse(output);
        return [.. doc.RootElement.EnumerateArray()
            .SelectMany(d => d.GetProperty("findings").EnumerateArray())
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("kind").GetString()!, f.GetProperty("severity").GetString()!))];
    }

    /// <summary>A structural check: every required property of the schema object is present, recursively through $ref.</summary>
    private static void AssertRequired(JsonElement schema, JsonElement value, JsonElement defs, string where)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = defs.GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            foreach (var item in value.EnumerateArray())
            {
                AssertRequired(items, item, defs, where);
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                Assert.True(value.TryGetProperty(name, out _), $"{where}: '{name}' ontbreekt");
            }
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(property.Name, out var sub), $"{where}: '{property.Name}' staat niet in het schema");
                AssertRequired(sub, property.Value, defs, where);
            }
        }
    }
}
