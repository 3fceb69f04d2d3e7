using System.Reflection;
using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class UitslagRegelsTests
{
    public static TheoryData<string> FinerIds() =>
        [.. typeof(UitslagRegels).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(FinerIds))]
    public void CitationOf_EveryFinerId_PointsToWettenOverheid(string ruleId) =>
        Assert.StartsWith("https://wetten.overheid.nl/", UitslagRegels.CitationOf(ruleId).Source.ToString(), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(FinerIds))]
    public void Docs_EveryFinerId_IsDocumentedInUitslagMd(string ruleId)
    {
        var docs = File.ReadAllText(Path.Combine(ExamenVoorbeelden.RepoRoot(), "docs", "uitslag.md"));
        Assert.Contains($"`{ruleId}`", docs, StringComparison.Ordinal);
    }
}
