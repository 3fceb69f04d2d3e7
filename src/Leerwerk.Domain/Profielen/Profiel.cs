namespace Leerwerk.Domain.Profielen;

/// <summary>
/// A vmbo profiel with the vakcode an LWT student is registered with (rule A7: the LWT code, not
/// the regular one). Reference data from the brochure, bijlage 04.
/// </summary>
/// <param name="Code">The short code used in code and data, e.g. "BWI", "MT" for M&amp;T.</param>
/// <param name="Name">The Dutch name, e.g. "Bouwen, wonen en interieur".</param>
/// <param name="Afkorting">The abbreviation schools use, e.g. "M&amp;T".</param>
/// <param name="LwtVakcode">The LWT vakcode, e.g. 7011.</param>
public sealed record Profiel(string Code, string Name, string Afkorting, int LwtVakcode);
