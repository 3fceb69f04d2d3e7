using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Leerwerk.BrowserTests.Infrastructure;

/// <summary>One axe-core violation at the impact levels the tests block on.</summary>
public sealed record AxeViolation(string Page, string RuleId, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Page}: {RuleId} ({Impact}) {Help} at {string.Join(" | ", Targets)}");
}

/// <summary>
/// Runs axe-core 4.14.1 (npm, <c>node_modules/axe-core/axe.min.js</c> at the repository root) in the page.
/// The script is evaluated through the DevTools protocol rather than added as a script tag, so the app's
/// strict Content-Security-Policy (<c>script-src 'self'</c>) stays enforced while the page renders.
/// </summary>
public static class Axe
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    private static readonly Lazy<string> Script = new(() => File.ReadAllText(ScriptPath));

    public static string ScriptPath => Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js");

    /// <summary>The violations with impact "serious" or "critical" on the current page.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page, string? pageName = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"axe-core not found at {ScriptPath}. Run 'npm ci' in the repository root.");
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var result = await page.EvaluateAsync<JsonElement>(
            "async () => await axe.run(document, { resultTypes: ['violations'] })");
        var name = pageName ?? new Uri(page.Url).PathAndQuery;
        var violations = new List<AxeViolation>();
        foreach (var violation in result.GetProperty("violations").EnumerateArray())
        {
            var impact = violation.GetProperty("impact").GetString() ?? "";
            if (!BlockingImpacts.Contains(impact))
            {
                continue;
            }

            var targets = violation.GetProperty("nodes").EnumerateArray()
                .Select(node => node.GetProperty("target").ToString())
                .ToList();
            violations.Add(new AxeViolation(
                name,
                violation.GetProperty("id").GetString()!,
                impact,
                violation.GetProperty("help").GetString()!,
                targets));
        }

        return violations;
    }

    /// <summary>Fails the test when axe reports a serious or critical violation, naming rule, targets and page.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string? pageName = null)
    {
        var violations = await SeriousViolationsAsync(page, pageName);
        Assert.True(violations.Count == 0, "axe-core found serious/critical violations:\n" + string.Join("\n", violations));
    }
}
