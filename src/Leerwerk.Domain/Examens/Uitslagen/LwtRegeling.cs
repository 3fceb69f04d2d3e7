namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// The LWT rule, UB WVO 2020 art. 3.35 lid 6 sub a–c (rules D4, D5, D6): Nederlands, the profielvak
/// and the combinatiecijfer each 6 or more. No CE-gemiddelde, no compensation, no LO/kunstvakken.
/// A keuzevak below 4 gives only a warning (D7-LWT).
/// </summary>
internal static class LwtRegeling
{
    public static Oordeel Beoordeel(IReadOnlyList<EindVak> vakken)
    {
        var keuzevakken = vakken.Where(v => v.Soort == VakSoort.Keuzevak).ToList();
        int? combinatiecijfer = keuzevakken.Count == 0
            ? null
            : Afronding.Combinatiecijfer(keuzevakken.Sum(v => v.Eindcijfer), keuzevakken.Count);

        UitslagReden[] eisen =
        [
            ZesOfHoger("D4", "Nederlands", vakken.Where(v => v.Soort == VakSoort.Nederlands).ToList()),
            ZesOfHoger("D5", "het profielvak", vakken.Where(v => v.Soort == VakSoort.Profielvak && !v.IsExtra).ToList()),
            CombinatiecijferReden(combinatiecijfer, keuzevakken.Count),
        ];
        var waarschuwing = KeuzevakMinimum.Reden(keuzevakken, UitslagRegels.Waarschuwing, UitslagRegels.KeuzevakLwt);
        return new(Array.TrueForAll(eisen, r => r.Met), [.. eisen, waarschuwing], combinatiecijfer, null);
    }

    private static UitslagReden ZesOfHoger(string ruleId, string wat, List<EindVak> vakken)
    {
        if (vakken.Count == 0)
        {
            return UitslagRegels.Reden(ruleId, false, $"Er is geen eindcijfer voor {wat}.");
        }

        var lijst = string.Join(", ", vakken.Select(v => v.Beschrijving));
        return vakken.All(v => v.Eindcijfer >= 6)
            ? UitslagRegels.Reden(ruleId, true, $"Eindcijfer {lijst} is 6 of hoger.")
            : UitslagRegels.Reden(ruleId, false, $"Eindcijfer {lijst} is lager dan 6; voor {wat} is ten minste een 6 nodig.");
    }

    private static UitslagReden CombinatiecijferReden(int? combinatiecijfer, int aantal) => combinatiecijfer switch
    {
        null => UitslagRegels.Reden("D6", false, "Er zijn geen keuzevakken, dus geen combinatiecijfer."),
        >= 6 => UitslagRegels.Reden("D6", true, string.Create(Nl.Culture, $"Combinatiecijfer {combinatiecijfer} (gemiddelde van {aantal} keuzevakken) is 6 of hoger.")),
        _ => UitslagRegels.Reden("D6", false, string.Create(Nl.Culture, $"Combinatiecijfer {combinatiecijfer} (gemiddelde van {aantal} keuzevakken) is lager dan 6.")),
    };
}
