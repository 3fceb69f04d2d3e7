namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// The parts an exam still lacks ("Engels, vier keuzevakken"), each named exactly: how many are missing, which are
/// present and which are present but marked otherwise (issue 20). Without such details a candidate lacks one of at
/// most 2^8 combinations, so those are built once in a fixed table and shared: every candidate of a school file asks.
/// </summary>
internal sealed class Tekort
{
    private Tekort(IReadOnlyList<string> delen) => (Delen, Opsomming) = (delen, string.Join(", ", delen));

    /// <summary>The missing parts in the order the law lists them.</summary>
    public IReadOnlyList<string> Delen { get; }

    /// <summary>The parts joined with commas, for a message.</summary>
    public string Opsomming { get; }

    public int Count => Delen.Count;

    /// <summary>Every combination of <paramref name="namen"/>, indexed by the mask of the missing ones: built once per requirement list.</summary>
    public static Tekort[] Tabel(string[] namen) =>
        [.. Enumerable.Range(0, 1 << namen.Length).Select(masker => new Tekort([.. namen.Where((_, i) => (masker & (1 << i)) != 0)]))];

    /// <summary>The shared shortfall for the requirements met or not (<paramref name="eisen"/>[i] is the i-th name of the table).</summary>
    public static Tekort Van(ReadOnlySpan<bool> eisen, Tekort[] tabel)
    {
        var masker = 0;
        for (var i = 0; i < eisen.Length; i++)
        {
            masker |= eisen[i] ? 0 : 1 << i;
        }

        return tabel[masker];
    }

    /// <summary>A shortfall whose parts carry details about this candidate.</summary>
    public static Tekort Met(IReadOnlyList<string> delen) => new(delen);
}
