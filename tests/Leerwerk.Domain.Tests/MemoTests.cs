namespace Leerwerk.Domain.Tests;

/// <summary>The one memo of the exam engine (ADR 0007): a hit is the remembered value, a miss computes, the size is bounded.</summary>
public sealed class MemoTests
{
    [Fact]
    public void Indexer_BelowTheLimit_ComputesEachKeyOnceAndReturnsTheSameValue()
    {
        var calls = 0;
        var memo = new Memo<int, string>(limit: 10, k =>
        {
            calls++;
            return $"v{k}";
        });

        var eerste = memo[3];
        for (var round = 0; round < 3; round++)
        {
            for (var key = 0; key < 10; key++)
            {
                Assert.Equal($"v{key}", memo[key]);
            }
        }

        Assert.Equal(10, calls);
        Assert.Same(eerste, memo[3]);
        Assert.Equal(10, memo.Count);
    }

    [Fact]
    public void Indexer_BeyondTheLimit_ComputesWithoutRemembering()
    {
        var calls = 0;
        var memo = new Memo<int, string>(limit: 2, k =>
        {
            calls++;
            return $"v{k}";
        });

        _ = memo[1];
        _ = memo[2];
        Assert.Equal("v3", memo[3]);
        Assert.Equal("v3", memo[3]);
        Assert.Equal("v1", memo[1]);

        Assert.Equal(4, calls);
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void Indexer_KeyWithSeveralParts_EveryPartMakesADifferentEntry()
    {
        var memo = new Memo<(string Regel, int Cijfer, bool Met), string>(limit: 100, static k => $"{k.Regel}:{k.Cijfer}:{k.Met}");

        Assert.Equal("D4:6:True", memo[("D4", 6, true)]);
        Assert.Equal("D5:6:True", memo[("D5", 6, true)]);
        Assert.Equal("D4:7:True", memo[("D4", 7, true)]);
        Assert.Equal("D4:6:False", memo[("D4", 6, false)]);
        Assert.Equal(4, memo.Count);
    }

    [Fact]
    public void Indexer_WithReferenceComparer_KeepsEqualTextsApart()
    {
        var memo = new Memo<string, string>(limit: 10, static t => string.Concat(t, "!"), ReferenceEqualityComparer.Instance);
        var a = new string('x', 3);
        var b = new string('x', 3);

        var voorA = memo[a];
        var voorB = memo[b];

        Assert.Equal("xxx!", voorB);
        Assert.NotSame(voorA, voorB);
        Assert.Same(voorA, memo[a]);
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public async Task Indexer_ManyThreadsOnTheSameKeys_EveryThreadGetsTheOneRememberedValue()
    {
        var memo = new Memo<int, object>(limit: 100, static _ => new object());
        var gezien = await OpVeleDraden(memo, sleutels: 16);

        Assert.Equal(16, memo.Count);
        Assert.All(gezien.GroupBy(g => g.Key), groep => Assert.Single(groep.Select(g => g.Value).Distinct(ReferenceEqualityComparer.Instance)));
    }

    [Fact]
    public async Task Indexer_ManyThreadsBeyondTheLimit_StaysWithinTheLimitPlusOnePerThread()
    {
        var memo = new Memo<int, object>(limit: 4, static _ => new object());

        await OpVeleDraden(memo, sleutels: 1_000);

        Assert.InRange(memo.Count, 4, 4 + Draden);
    }

    private const int Draden = 8;

    private static async Task<List<(int Key, object Value)>> OpVeleDraden(Memo<int, object> memo, int sleutels)
    {
        var perDraad = await Task.WhenAll(Enumerable.Range(0, Draden).Select(t => Task.Run(() =>
        {
            var gezien = new List<(int, object)>(2_000);
            for (var i = 0; i < 2_000; i++)
            {
                var key = (i * 7 + t) % sleutels;
                gezien.Add((key, memo[key]));
            }

            return gezien;
        }, TestContext.Current.CancellationToken)));
        return [.. perDraad.SelectMany(g => g)];
    }
}
