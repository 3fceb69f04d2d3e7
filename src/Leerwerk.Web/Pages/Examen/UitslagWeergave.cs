using Leerwerk.Domain;
using Leerwerk.Domain.Examens;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// What the _Uitslag partial shows: the candidate's grades (null when the input could not be read), the engine's result
/// and, for a failed candidate, the herkansing that would still let him pass (<see cref="HerkansingNodig"/>).
/// </summary>
public sealed record UitslagWeergave(Kandidaat? Kandidaat, Uitslag Uitslag)
{
    public IReadOnlyList<NogNodig> Herkansing { get; init; } = [];

    /// <summary>The CE-gemiddelde cut (not rounded) to two decimals, so 5,4999 never shows as 5,5.</summary>
    public static string CeGemiddelde(decimal gemiddelde) => Nl.Number(Afronding.Afgekapt(gemiddelde, 2));
}
