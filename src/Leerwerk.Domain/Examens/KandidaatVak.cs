namespace Leerwerk.Domain.Examens;

/// <summary>
/// One subject of an exam candidate with its grades as the school records them: SE and CE with one
/// decimal; the SE of a subject without CE may be the PTA average with up to two decimals.
/// </summary>
/// <param name="Name">The subject's name; unique within the candidate.</param>
/// <param name="Soort">What kind of subject it is.</param>
/// <param name="Deel">The part of the exam; <see cref="VakDeel.Extra"/> subjects may be left out (UB 3.33 lid 3).</param>
/// <param name="Se">The SE-cijfer, or null when not yet known.</param>
/// <param name="Ce">The CE-cijfer (for the profielvak: the cspe), or null.</param>
/// <param name="CeResit">The CE-cijfer of the herkansing, or null; the highest CE counts (UB 3.39 lid 1).</param>
public sealed record KandidaatVak(
    string Name,
    VakSoort Soort,
    VakDeel? Deel,
    decimal? Se,
    decimal? Ce,
    decimal? CeResit = null)
{
    /// <summary>True for subjects the law gives a centraal examen: Nederlands, Engels, wiskunde, other avo subjects, the profielvak.</summary>
    public bool HeeftCe => MetCe(Soort);

    /// <summary>True for the kinds of subject the law gives a centraal examen; one list for the engine and grade entry.</summary>
    public static bool MetCe(VakSoort soort) => soort is VakSoort.Nederlands or VakSoort.Engels or VakSoort.Wiskunde
        or VakSoort.Avo or VakSoort.Profielvak;

    public bool IsExtra => Deel == VakDeel.Extra;

    /// <summary>The CE-cijfer that counts: the highest of the first attempt and the herkansing.</summary>
    public decimal? BesteCe => (Ce, CeResit) switch
    {
        (null, var resit) => resit,
        (var ce, null) => ce,
        (var ce, var resit) => Math.Max(ce.Value, resit.Value),
    };

    /// <summary>True when the grades needed for an eindcijfer are all there.</summary>
    public bool IsCompleet => Se is not null && (!HeeftCe || BesteCe is not null);
}
