namespace Leerwerk.Domain.Examens;

/// <summary>
/// The result of one candidate: the state, the rule applied, each eindcijfer, the combinatiecijfer,
/// the CE-gemiddelde where the BB rule applies, the extra subjects left out, what is still needed,
/// and one reason per condition checked.
/// </summary>
public sealed record Uitslag(
    string KandidaatId,
    UitslagStatus Status,
    UitslagRegeling ToegepasteRegeling,
    IReadOnlyList<VakEindcijfer> Eindcijfers,
    int? Combinatiecijfer,
    decimal? CeGemiddelde,
    IReadOnlyList<string> LeftOut,
    IReadOnlyList<NogNodig> NogNodig,
    IReadOnlyList<UitslagReden> Redenen)
{
    /// <summary>The result of input that cannot be judged; <paramref name="redenen"/> name the fields.</summary>
    public static Uitslag Ongeldig(string kandidaatId, UitslagRegeling route, IReadOnlyList<UitslagReden> redenen) =>
        new(kandidaatId, UitslagStatus.Ongeldig, route, [], null, null, [], [], redenen);
}
