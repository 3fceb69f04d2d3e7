namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Each keuzevak at least a 4: a legal condition under the BB rule (lid 1 sub d, rule D7), only a
/// warning under the LWT rule, where the brochure says it but lid 6 does not (D7-LWT).
/// </summary>
internal static class KeuzevakMinimum
{
    public static UitslagReden Reden(IReadOnlyList<EindVak> keuzevakken, Func<string, bool, string, UitslagReden> maak, string ruleId)
    {
        if (!keuzevakken.Any(v => v.Eindcijfer < 4))
        {
            return maak(ruleId, true, "Elk keuzevak heeft een eindcijfer van 4 of hoger.");
        }

        var te4Laag = keuzevakken.Where(v => v.Eindcijfer < 4);
        var lijst = string.Join(", ", te4Laag.Select(v => v.Beschrijving));
        return ruleId == UitslagRegels.KeuzevakLwt
            ? maak(ruleId, false, $"Keuzevak met eindcijfer lager dan 4: {lijst}. De brochure eist ook in het LWT ten minste een 4 per keuzevak; "
                + "de wettekst (UB 3.35 lid 6) niet. De uitslag volgt de wet; bespreek dit met de examensecretaris.")
            : maak(ruleId, false, $"Keuzevak met eindcijfer lager dan 4: {lijst}; elk keuzevak moet ten minste een 4 zijn.");
    }
}
