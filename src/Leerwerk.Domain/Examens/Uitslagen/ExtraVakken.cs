namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// UB WVO 2020 art. 3.33 lid 3: when a candidate fails but would pass with one or more extra subjects
/// left out, and what remains is a complete exam, those subjects are left out. The smallest such set
/// wins; ties go to the first set in the ordinal order of the subjects' names, so input order never matters.
/// </summary>
internal static class ExtraVakken
{
    /// <summary>More extra subjects than this are refused by validation (2^n sets are tried).</summary>
    public const int Maximum = 8;

    public static (Oordeel Oordeel, IReadOnlyList<EindVak> LeftOut) Beoordeel(
        IReadOnlyList<EindVak> vakken, Func<IReadOnlyList<EindVak>, Oordeel> regel, bool pakketVolledig)
    {
        var oordeel = regel(vakken);
        if (oordeel.Geslaagd || !pakketVolledig)
        {
            return (oordeel, []);
        }

        var extra = vakken.Where(v => v.IsExtra).OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
        if (extra.Count == 0)
        {
            return (oordeel, []);
        }

        var sets = Enumerable.Range(1, (1 << extra.Count) - 1)
            .OrderBy(mask => System.Numerics.BitOperations.PopCount((uint)mask))
            .ThenBy(mask => mask);
        foreach (var mask in sets)
        {
            var weg = extra.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            var zonder = regel(vakken.Where(v => !weg.Contains(v)).ToList());
            if (zonder.Geslaagd)
            {
                return (zonder with { Redenen = [.. zonder.Redenen, Reden(weg)] }, weg);
            }
        }

        return (oordeel, []);
    }

    private static UitslagReden Reden(IReadOnlyList<EindVak> weg) =>
        UitslagRegels.Reden(
            UitslagRegels.ExtraWeggelaten,
            true,
            $"Extra vak {string.Join(", ", weg.Select(v => v.Beschrijving))} blijft buiten beschouwing: "
                + "zonder dit vak is de kandidaat geslaagd en blijft een volledig examen over.");
}
