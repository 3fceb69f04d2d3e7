namespace Leerwerk.Domain.Examens;

/// <summary>
/// How the school turns the PTA average of a subject without CE (up to two decimals) into the whole
/// SE-cijfer (UB WVO 2020 art. 3.13 lid 2 leaves this to the school). See docs/uitslag.md.
/// </summary>
public enum SeAfronding
{
    /// <summary>
    /// Default: round half up on the first decimal (6,49 → 6; 6,50 → 7). Cutting the average off after
    /// the first decimal and then rounding gives exactly the same grade, so it needs no mode of its own.
    /// </summary>
    HalfUp,

    /// <summary>First round to one decimal (half up), then to a whole number: 6,45 → 6,5 → 7.</summary>
    EerstEenDecimaal,

    /// <summary>Cut off all decimals: 6,99 → 6.</summary>
    Afkappen,
}
