using System.Reflection;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Architectuur;

public sealed class AfhankelijkheidTests
{
    private static readonly Assembly Domein = typeof(Finding).Assembly;

    /// <summary>The compiler's own namespaces (generated regexes) are not areas.</summary>
    private static Dictionary<string, Dictionary<string, string>> DomeinGraaf() =>
        NamespaceGraaf.Of(Domein)
            .Where(g => g.Key.StartsWith("Leerwerk.Domain", StringComparison.Ordinal))
            .ToDictionary(g => g.Key, g => g.Value.Where(e => e.Key.StartsWith("Leerwerk.Domain", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);

    [Fact]
    public void Domain_EveryNamespaceUsesOnlyLowerLayersAndNoOtherAreaOfItsOwnLayer()
    {
        Assert.Empty(Lagen.Overtredingen(DomeinGraaf(), Lagen.Domein));
    }

    [Fact]
    public void Domain_EveryNamespaceHasALayer()
    {
        var namespaces = Domein.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Leerwerk.Domain", StringComparison.Ordinal)).Distinct();

        Assert.All(namespaces, n => Assert.True(Lagen.Domein.ContainsKey(n), $"{n} staat in geen laag"));
    }

    /// <summary>
    /// An area's part per layer ("StageUren 4" the hours, "StageUren 6" its rules, count and forecast) is one unit;
    /// the units form no cycle. The layering implies it; this says it directly, with the cycle when there is one.
    /// </summary>
    [Fact]
    public void Domain_TheAreasPerLayerFormNoCycle()
    {
        static string Unit(string ns) => $"{Lagen.Area(ns)} {Lagen.Domein.GetValueOrDefault(ns, -1)}";
        var units = DomeinGraaf().SelectMany(g => g.Value.Keys.Select(to => (From: Unit(g.Key), To: Unit(to))))
            .Where(e => e.From != e.To).ToHashSet();

        Assert.Null(Cycle(units));
    }

    /// <summary>The check can fail: a rule class used by the hour count (the drift this test guards against) is named.</summary>
    [Fact]
    public void Overtredingen_AnHourCountThatCallsARuleClass_IsReportedWithTheType()
    {
        var graaf = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            ["Leerwerk.Domain.StageUren.Telling"] = new(StringComparer.Ordinal) { ["Leerwerk.Domain.Overeenkomsten.Rules"] = "TelbarePlaatsing → LeerwerkovereenkomstSignedBeforeStart (Of)" },
            ["Leerwerk.Domain.Overeenkomsten"] = new(StringComparer.Ordinal) { ["Leerwerk.Domain.Dossiers"] = "Levensloop → Dossier (Check)" },
            ["Leerwerk.Domain.Nieuw"] = new(StringComparer.Ordinal) { ["Leerwerk.Domain.Rules"] = "X → Finding (Y)" },
        };

        var fouten = Lagen.Overtredingen(graaf, Lagen.Domein);

        Assert.Equal(
        [
            "Leerwerk.Domain.Nieuw staat in geen laag",
            "Leerwerk.Domain.Overeenkomsten (laag 3) gebruikt Leerwerk.Domain.Dossiers (laag 5): Levensloop → Dossier (Check)",
            "Leerwerk.Domain.StageUren.Telling (laag 6) gebruikt Leerwerk.Domain.Overeenkomsten.Rules (laag 6): TelbarePlaatsing → LeerwerkovereenkomstSignedBeforeStart (Of)",
        ], fouten);
    }

    /// <summary>The graph reader sees a call inside a lambda body, not only signatures.</summary>
    [Fact]
    public void NamespaceGraaf_ACallInALambdaBody_IsAUse()
    {
        var graaf = NamespaceGraaf.Of(typeof(AfhankelijkheidTests).Assembly);

        Assert.Contains("Leerwerk.Domain.Tests.Architectuur.Voorbeeld", graaf["Leerwerk.Domain.Tests.Architectuur.Gebruiker"].Keys);
    }

    [Fact]
    public void Cycle_TwoAreasThatUseEachOther_IsFound()
    {
        Assert.NotNull(Cycle([("Dossiers", "StageUren"), ("StageUren", "Kalender"), ("Kalender", "Dossiers")]));
        Assert.Null(Cycle([("Dossiers", "StageUren"), ("StageUren", "Kalender")]));
    }

    /// <summary>One cycle among the edges as "A → B → A", or null.</summary>
    private static string? Cycle(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var done = new HashSet<string>();
        var path = new List<string>();
        string? Visit(string node)
        {
            if (path.Contains(node))
            {
                return string.Join(" → ", path.SkipWhile(p => p != node).Append(node));
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (Visit(to) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return next.Keys.Select(Visit).FirstOrDefault(c => c is not null);
    }
}
