namespace Leerwerk.Domain.Profielen;

/// <summary>
/// Rule A7 for one LWT student: the student is registered with the LWT vakcode of his profiel (RULES.md table V), not the
/// regular code of the profielvak and not another profiel's LWT code. The codes a student carries are the school's LAS
/// vakcodes (the Examen › Vakcodes mapping) mapped to the student's profielvak; a student without such a mapping carries none and
/// is registered with his profiel's code. Returns the Dutch problem, or null when the student can be registered.
/// </summary>
public static class LwtVakcodeControle
{
    public static string? Probleem(string? profielCode, IReadOnlyCollection<string> gedragenCodes)
    {
        ArgumentNullException.ThrowIfNull(gedragenCodes);
        if (Profielen.Find(profielCode) is not { } profiel)
        {
            return string.IsNullOrWhiteSpace(profielCode)
                ? "Er is geen profiel vastgelegd, dus de LWT-vakcode is niet te bepalen."
                : $"Het profiel '{profielCode}' is onbekend, dus de LWT-vakcode is niet te bepalen.";
        }

        var goed = profiel.LwtVakcode.ToString(Nl.Culture);
        // One LAS subject name can be mapped from both the regular and the LWT code (a school with both routes in one
        // profiel): the student is wrong only when none of his codes is the right one.
        if (gedragenCodes.Count == 0 || gedragenCodes.Any(c => Normaal(c) == goed))
        {
            return null;
        }

        return string.Join(" ", gedragenCodes.Order(StringComparer.Ordinal).Select(code =>
            Profielen.All.FirstOrDefault(p => p.LwtVakcode.ToString(Nl.Culture) == Normaal(code)) is { } ander
                ? $"Het profielvak staat op de LWT-vakcode {code} van {ander.Afkorting}, niet op {goed} van {profiel.Afkorting}."
                : $"Het profielvak staat op de gewone vakcode {code}, niet op de LWT-vakcode {goed} van {profiel.Afkorting}."));
    }

    // Codes compared as the vakcodes page stores them: trimmed, upper case.
    private static string Normaal(string code) => code.Trim().ToUpperInvariant();
}
