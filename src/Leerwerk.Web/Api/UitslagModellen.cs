using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Web.Api;

// The exam results as the API returns them: the uitslag the engine computes now (the one of /Examen/Kandidaat and
// uitslagdag) and the examensecretaris's latest decision (vaststelling) of the school year.

/// <summary>A candidate's result in one school year: computed now, vastgesteld, or both.</summary>
/// <param name="LeerlingId">The student's id, as in /api/v1/leerlingen.</param>
/// <param name="Leerlingnummer">The student's number in the LAS.</param>
/// <param name="Naam">The student's full name.</param>
/// <param name="Klas">The class, if recorded.</param>
/// <param name="Schooljaar">The school year of the exam: 2026 for 2026-2027.</param>
/// <param name="Berekend">The engine's result from the grades recorded now; only for the current school year's candidates.</param>
/// <param name="Vastgesteld">The latest vastgestelde uitslag of that school year, if there is one.</param>
/// <param name="Verouderd">True when grades changed after the vaststelling; null without a computed result to compare.</param>
public sealed record UitslagModel(int LeerlingId, string Leerlingnummer, string Naam, string? Klas, int Schooljaar,
    BerekendeUitslag? Berekend, VastgesteldeUitslag? Vastgesteld, bool? Verouderd);

/// <summary>
/// The engine's result: status, the applied rule, the eindcijfers, the combinatiecijfer, the CE-gemiddelde (cut to two
/// decimals, never rounded, as on the pages), the subjects left out, what is still needed and every reason.
/// </summary>
public sealed record BerekendeUitslag(UitslagStatus Status, UitslagRegeling Regeling, IReadOnlyList<VakEindcijfer> Eindcijfers,
    int? Combinatiecijfer, decimal? CeGemiddelde, IReadOnlyList<string> BuitenBeschouwing, IReadOnlyList<NogNodigModel> NogNodig,
    IReadOnlyList<UitslagRedenModel> Redenen, bool HerkansingMogelijk);

/// <summary>A grade still needed for a subject, with the minimum where one can be named.</summary>
public sealed record NogNodigModel(string Vak, NogNodigCijfer Cijfer, decimal? Minimum, string Melding);

/// <summary>One condition checked: rule id, met or not, kind, severity, the Dutch message, the article and, for invalid input, the field.</summary>
public sealed record UitslagRedenModel(string Regel, bool Voldaan, RuleKind Soort, Severity Ernst, string Melding, string Wetsartikel, Uri Bron,
    string? Veld)
{
    public static UitslagRedenModel Of(UitslagReden r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.RuleId, r.Met, r.Kind, r.Severity, r.Message, r.Citation.Text, r.Citation.Source, r.Field);
    }
}

/// <summary>The examensecretaris's decision: the result as it was then, when and by whom.</summary>
public sealed record VastgesteldeUitslag(UitslagStatus Status, UitslagRegeling Regeling, int? Combinatiecijfer, decimal? CeGemiddelde,
    DateTime VastgesteldOp, string VastgesteldDoor)
{
    public static VastgesteldeUitslag Of(UitslagVaststelling v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Status, v.Regeling, v.Combinatiecijfer, v.CeGemiddelde is { } g ? Afronding.Afgekapt(g, 2) : null,
            DateTime.SpecifyKind(v.VastgesteldOp, DateTimeKind.Utc), v.VastgesteldDoor);
    }
}
