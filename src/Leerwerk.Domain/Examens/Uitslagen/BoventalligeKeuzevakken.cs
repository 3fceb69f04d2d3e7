namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Keuzevakken beyond the four of the programme (UB 3.5 lid 1 and 4) that the school did not mark extra. All count in
/// the combinatiecijfer (UB 3.35 lid 3 and 5), unless leaving out one or more of them makes the candidate pass
/// (UB 3.33 lid 3); at least four always stay, so the exam stays complete. A keuzevak left out is not on the cijferlijst.
/// </summary>
internal static class BoventalligeKeuzevakken
{
    /// <summary>The number of keuzevakken the programme needs.</summary>
    public const int Nodig = 4;

    /// <summary>
    /// The keuzevakken not marked extra, lowest eindcijfer first (equal grades by name, ordinal), and how many of them
    /// may be left out: zero with four or fewer.
    /// </summary>
    public static (List<EindVak> LaagsteEerst, int Boventallig) Van(IReadOnlyList<EindVak> vakken)
    {
        var keuzevakken = vakken.Where(v => v.Soort == VakSoort.Keuzevak && !v.IsExtra).ToList();
        if (keuzevakken.Count <= Nodig)
        {
            return ([], 0);
        }

        keuzevakken.Sort(static (a, b) => a.Eindcijfer != b.Eindcijfer
            ? a.Eindcijfer.CompareTo(b.Eindcijfer)
            : string.CompareOrdinal(a.Name, b.Name));
        return (keuzevakken, keuzevakken.Count - Nodig);
    }

    /// <summary>Names the keuzevakken left out and why; built per candidate, as it names their subjects.</summary>
    public static UitslagReden Reden(IReadOnlyList<EindVak> weg)
    {
        var (dit, blijft) = weg.Count == 1 ? ("dit keuzevak", "blijft") : ("deze keuzevakken", "blijven");
        return UitslagRegels.Reden(
            UitslagRegels.BoventalligKeuzevak,
            true,
            $"Keuzevak {string.Join(", ", weg.Select(v => v.Beschrijving))} {blijft} buiten beschouwing: de kandidaat heeft meer dan "
                + $"vier keuzevakken en is zonder {dit} geslaagd. Het combinatiecijfer is het gemiddelde van de overige keuzevakken "
                + $"(ten minste vier); {dit} {(weg.Count == 1 ? "staat" : "staan")} niet op de cijferlijst.");
    }
}
