namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// The parts an exam still lacks ("Engels, vier keuzevakken"). A candidate lacks one of at most 2^8
/// combinations, so each is built once and shared: every candidate of a school file asks.
/// </summary>
internal sealed class Tekort
{
    private Tekort(IReadOnlyList<string> delen) => (Delen, Opsomming) = (delen, string.Join(", ", delen));

    /// <summary>The missing parts in the order the law lists them.</summary>
    public IReadOnlyList<string> Delen { get; }

    /// <summary>The parts joined with commas, for a message.</summary>
    public string Opsomming { get; }

    public int Count => Delen.Count;

    /// <summary>The shortfall for the requirements met or not (<paramref name="eisen"/>[i] names <paramref name="namen"/>[i]).</summary>
    public static Tekort Van(ReadOnlySpan<bool> eisen, string[] namen, Tekort?[] gedeeld)
    {
        var masker = 0;
        for (var i = 0; i < eisen.Length; i++)
        {
            masker |= eisen[i] ? 0 : 1 << i;
        }

        return gedeeld[masker] ??= new Tekort([.. namen.Where((_, i) => (masker & (1 << i)) != 0)]);
    }
}
