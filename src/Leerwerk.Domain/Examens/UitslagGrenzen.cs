namespace Leerwerk.Domain.Examens;

/// <summary>
/// The grade thresholds of the uitslag, each written once here next to the article it stands in; the rule ids
/// (<see cref="UitslagRegels"/>) carry the full citations. The BB and LWT rules and every text about them read these.
/// </summary>
public static class UitslagGrenzen
{
    /// <summary>BB: the unrounded mean of the CE grades at least 5,5 (UB WVO 2020 art. 3.35 lid 1 sub a, <see cref="UitslagRegels.CeGemiddelde"/>).</summary>
    public const decimal CeGemiddelde = 5.5m;

    /// <summary>BB: the final grade of Nederlands at least 5, without compensation (art. 3.35 lid 1 sub b, <see cref="UitslagRegels.NederlandsBb"/>).</summary>
    public const int NederlandsBb = 5;

    /// <summary>LWT: Nederlands, the profielvak and the combinatiecijfer each at least 6 (art. 3.35 lid 6 sub a–c, rules D4–D6).</summary>
    public const int Lwt = 6;

    /// <summary>
    /// Every keuzevak at least 4: a condition under the BB rule (art. 3.35 lid 1 sub d, D7), a warning under the LWT rule
    /// (<see cref="UitslagRegels.KeuzevakLwt"/>, the brochure's reading).
    /// </summary>
    public const int Keuzevak = 4;
}
