using Leerwerk.Domain;
using Leerwerk.Domain.Examens;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>What the _Uitslag partial shows: the candidate's grades (null when the input could not be read) and the engine's result.</summary>
public sealed record UitslagWeergave(Kandidaat? Kandidaat, Uitslag Uitslag)
{
    /// <summary>The CE-gemiddelde cut (not rounded) to two decimals, so 5,4999 never shows as 5,5.</summary>
    public static string CeGemiddelde(decimal gemiddelde) => Nl.Number(Afronding.Afgekapt(gemiddelde, 2));
}
