namespace Leerwerk.Domain.Tests;

/// <summary>The bounded memo behind the uitslag engine's shared messages.</summary>
public sealed class BeperkteCacheTests
{
    [Fact]
    public void GetOrAdd_BelowTheLimit_ComputesEachKeyOnce()
    {
        var cache = new BeperkteCache<int, string>(limit: 10);
        var calls = 0;

        for (var round = 0; round < 3; round++)
        {
            for (var key = 0; key < 10; key++)
            {
                Assert.Equal($"v{key}", cache.GetOrAdd(key, k => { calls++; return $"v{k}"; }));
            }
        }

        Assert.Equal(10, calls);
    }

    [Fact]
    public void GetOrAdd_BeyondTheLimit_ComputesWithoutRemembering()
    {
        var cache = new BeperkteCache<int, string>(limit: 2);
        var calls = 0;
        string Maak(int k)
        {
            calls++;
            return $"v{k}";
        }

        cache.GetOrAdd(1, Maak);
        cache.GetOrAdd(2, Maak);
        Assert.Equal("v3", cache.GetOrAdd(3, Maak));
        Assert.Equal("v3", cache.GetOrAdd(3, Maak));
        Assert.Equal("v1", cache.GetOrAdd(1, Maak));

        Assert.Equal(4, calls);
    }

    [Fact]
    public void GetOrAdd_WithReferenceComparer_KeepsEqualTextsApart()
    {
        var cache = new BeperkteCache<string, int>(limit: 10, ReferenceEqualityComparer.Instance);
        var a = new string('x', 3);
        var b = new string('x', 3);

        Assert.Equal(1, cache.GetOrAdd(a, static (_, n) => n, 1));
        Assert.Equal(2, cache.GetOrAdd(b, static (_, n) => n, 2));
        Assert.Equal(1, cache.GetOrAdd(a, static (_, n) => n, 3));
    }
}
