namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Each keuzevak at least a 4: a legal condition under the BB rule (lid 1 sub d, rule D7), only a
/// warning under the LWT rule, where the brochure says it but lid 6 does not (D7-LWT), and only when a
/// keuzevak is below 4; when every keuzevak is 4 or more the reason is met and informative under both rules.
/// </summary>
internal static class KeuzevakMinimum
{
    public static UitslagReden Reden(IReadOnlyList<EindVak> keuzevakken, string ruleId)
    {
        var laagste = 10;
        for (var i = 0; i < keuzevakken.Count; i++)
        {
            var vak = keuzevakken[i];
            laagste = Math.Min(laagste, vak.Eindcijfer);
        }

        if (laagste >= UitslagGrenzen.Keuzevak)
        {
            // Met, so nothing to doubt: info under both rules (issue 20). The warning is for a keuzevak below 4 only.
            return UitslagRegels.GedeeldeReden(ruleId, true, AllemaalVierOfHoger);
        }

        var lijst = string.Join(", ", keuzevakken.Where(v => v.Eindcijfer < UitslagGrenzen.Keuzevak).Select(v => v.Beschrijving));
        return ruleId == UitslagRegels.KeuzevakLwt
            ? UitslagRegels.Waarschuwing(ruleId, string.Create(Nl.Culture, $"Keuzevak met eindcijfer lager dan {UitslagGrenzen.Keuzevak}: {lijst}. De brochure eist ook in het LWT ten minste een {UitslagGrenzen.Keuzevak} per keuzevak; ")
                + "de wettekst (UB 3.35 lid 6) niet. De uitslag volgt de wet; bespreek dit met de examensecretaris.")
            : UitslagRegels.Reden(ruleId, false, string.Create(Nl.Culture, $"Keuzevak met eindcijfer lager dan {UitslagGrenzen.Keuzevak}: {lijst}; elk keuzevak moet ten minste een {UitslagGrenzen.Keuzevak} zijn."));
    }

    // Built once: shared reasons are keyed on the text's identity.
    private static readonly string AllemaalVierOfHoger = string.Create(Nl.Culture, $"Elk keuzevak heeft een eindcijfer van {UitslagGrenzen.Keuzevak} of hoger.");
}
