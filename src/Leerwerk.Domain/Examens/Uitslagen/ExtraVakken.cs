namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// UB WVO 2020 art. 3.33 lid 3: when a candidate fails but would pass with one or more extra subjects left out, and
/// what remains is a complete exam, those subjects are left out. The same holds for keuzevakken beyond the four the
/// programme needs (with art. 3.35 lid 3 and 5: every keuzevak counts in the combinatiecijfer unless one is left out),
/// whether or not the school marked them extra (<see cref="BoventalligeKeuzevakken"/>). The search runs only when the
/// full set fails; docs/uitslag.md states the order in which sets are tried, so the choice is deterministic.
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
        var (laagsteEerst, boventallig) = BoventalligeKeuzevakken.Van(vakken);
        if (extra.Count == 0 && boventallig == 0)
        {
            return (oordeel, []);
        }

        // The smallest set first; within a size, first the sets with the fewest keuzevakken (what the school marked
        // extra goes before what it did not), and of the keuzevakken always the lowest: leaving out a higher one
        // instead never passes where the lowest does not (only the combinatiecijfer and sub d read them).
        for (var grootte = 1; grootte <= extra.Count + boventallig; grootte++)
        {
            for (var keuze = Math.Max(0, grootte - extra.Count); keuze <= Math.Min(boventallig, grootte); keuze++)
            {
                var keuzevakken = laagsteEerst.GetRange(0, keuze);
                foreach (var extraWeg in Combinaties(extra, grootte - keuze))
                {
                    List<EindVak> weg = [.. extraWeg, .. keuzevakken];
                    var zonder = regel(vakken.Where(v => !weg.Contains(v)).ToList());
                    if (zonder.Geslaagd)
                    {
                        return (zonder with { Redenen = [.. zonder.Redenen, .. Redenen(extraWeg, keuzevakken)] }, weg);
                    }
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
        if (grootte == 0)
        {
            yield return [];
            yield break;
        }

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

    private static IEnumerable<UitslagReden> Redenen(List<EindVak> extra, List<EindVak> keuzevakken)
    {
        if (extra.Count > 0)
        {
            yield return UitslagRegels.Reden(
                UitslagRegels.ExtraWeggelaten,
                true,
                $"Extra vak {string.Join(", ", extra.Select(v => v.Beschrijving))} blijft buiten beschouwing: "
                    + "zonder dit vak is de kandidaat geslaagd en blijft een volledig examen over.");
        }

        if (keuzevakken.Count > 0)
        {
            yield return BoventalligeKeuzevakken.Reden(keuzevakken);
        }
    }
}
