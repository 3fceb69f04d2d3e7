namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// UB WVO 2020 art. 3.33 lid 3: when a candidate fails but would pass with one or more extra subjects
/// left out, and what remains is a complete exam, those subjects are left out. The smallest such set
/// wins; among sets of one size the first in lexicographic order of their names, each set's names sorted
/// ordinally (see <see cref="Combinaties"/>), so input order never matters.
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

        for (var grootte = 1; grootte <= extra.Count; grootte++)
        {
            foreach (var weg in Combinaties(extra, grootte))
            {
                var zonder = regel(vakken.Where(v => !weg.Contains(v)).ToList());
                if (zonder.Geslaagd)
                {
                    return (zonder with { Redenen = [.. zonder.Redenen, Reden(weg)] }, weg);
                }
            }
        }

        return (oordeel, []);
    }

    /// <summary>
    /// The sets of <paramref name="grootte"/> subjects in lexicographic order: with the subjects sorted by name, set A
    /// comes before set B when at the first place where their sorted names differ, A's name comes first
    /// ({a, d} before {b, c}). A bitmask order would put {b, c} first; docs/uitslag.md states this rule.
    /// </summary>
    private static IEnumerable<List<EindVak>> Combinaties(List<EindVak> vakken, int grootte)
    {
        var index = Enumerable.Range(0, grootte).ToArray();
        while (true)
        {
            yield return [.. index.Select(i => vakken[i])];
            var p = grootte - 1;
            while (p >= 0 && index[p] == vakken.Count - grootte + p)
            {
                p--;
            }

            if (p < 0)
            {
                yield break;
            }

            index[p]++;
            for (var q = p + 1; q < grootte; q++)
            {
                index[q] = index[q - 1] + 1;
            }
        }
    }

    private static UitslagReden Reden(IReadOnlyList<EindVak> weg) =>
        UitslagRegels.Reden(
            UitslagRegels.ExtraWeggelaten,
            true,
            $"Extra vak {string.Join(", ", weg.Select(v => v.Beschrijving))} blijft buiten beschouwing: "
                + "zonder dit vak is de kandidaat geslaagd en blijft een volledig examen over.");
}
