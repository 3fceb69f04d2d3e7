namespace Leerwerk.Domain.Examens;

/// <summary>An exam candidate as the uitslag engine sees it: route, subjects and the ratings of LO and kunstvakken.</summary>
/// <param name="Id">The school's candidate id, echoed in the result.</param>
/// <param name="Route">BB or LWT: the rule the candidate is examined under (D8 may switch LWT to BB).</param>
/// <param name="Vakken">The subjects in the order the school lists them.</param>
/// <param name="Lo">The rating of lichamelijke opvoeding, or null when not (yet) rated.</param>
/// <param name="Kunstvakken">The rating of the kunstvakken (incl. ckv), or null.</param>
public sealed record Kandidaat(
    string Id,
    UitslagRegeling Route,
    IReadOnlyList<KandidaatVak> Vakken,
    Beoordeling? Lo = null,
    Beoordeling? Kunstvakken = null);
