namespace Leerwerk.Domain.Examens;

/// <summary>
/// The rounding of the exam regulations, in decimal: one step, half up (UB WVO 2020 art. 3.32 lid 2).
/// 5,45 → 5 and 5,50 → 6; never round to one decimal first.
/// </summary>
public static class Afronding
{
    /// <summary>Round to a whole number, first decimal 5 or higher up (never banker's rounding).</summary>
    public static int Heel(decimal value) => (int)Math.Round(value, 0, MidpointRounding.AwayFromZero);

    /// <summary>The eindcijfer of a subject with SE and CE: (SE + CE) / 2, rounded once.</summary>
    public static int Eindcijfer(decimal se, decimal ce) => Heel(Gemiddelde(se, ce));

    /// <summary>(SE + CE) / 2, exact: multiplying by 0,5 gives the same value as dividing by 2, at a fraction of the cost.</summary>
    public static decimal Gemiddelde(decimal se, decimal ce) => (se + ce) * 0.5m;

    /// <summary>The whole SE-cijfer of a subject without CE from the school's PTA average.</summary>
    public static int SeZonderCe(decimal ptaGemiddelde, SeAfronding afronding) => afronding switch
    {
        SeAfronding.HalfUp => Heel(ptaGemiddelde),
        SeAfronding.EerstEenDecimaal => Heel(Math.Round(ptaGemiddelde, 1, MidpointRounding.AwayFromZero)),
        SeAfronding.Afkappen => (int)Math.Truncate(ptaGemiddelde),
    };

    /// <summary>The combinatiecijfer: the mean of the keuzevak eindcijfers, rounded once (UB 3.35 lid 3, 5).</summary>
    public static int Combinatiecijfer(IReadOnlyCollection<int> keuzevakken) =>
        Combinatiecijfer(keuzevakken.Sum(), keuzevakken.Count);

    /// <summary>The combinatiecijfer from the sum and number of keuzevak eindcijfers.</summary>
    public static int Combinatiecijfer(int som, int aantal) => Heel((decimal)som / aantal);

    /// <summary>True when <paramref name="value"/> has at most <paramref name="decimals"/> decimals (6,40 has one).</summary>
    public static bool HeeftHoogstens(decimal value, int decimals) =>
        value.Scale <= decimals || decimal.Truncate(value * Pow10(decimals)) == value * Pow10(decimals);

    /// <summary>Cut off (never round up) to show a mean without crossing a boundary: 5,4966 → 5,49.</summary>
    public static decimal Afgekapt(decimal value, int decimals) =>
        decimal.Truncate(value * Pow10(decimals)) / Pow10(decimals);

    private static decimal Pow10(int decimals) => decimals switch
    {
        0 => 1m,
        1 => 10m,
        2 => 100m,
        3 => 1000m,
        _ => 10000m,
    };
}
