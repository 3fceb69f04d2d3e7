namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// UB WVO 2020 art. 3.35 lid 1 sub c: over the eindcijfers, the combinatiecijfer counting as one
/// subject and the single keuzevakken (and rekenen) not: 1° at most one 5, the rest 6 or more; 2° one 4,
/// the rest 6 or more with at least one 7; 3° two 5s, the rest 6 or more with at least one 7.
/// </summary>
internal static class Compensatie
{
    public static UitslagReden Reden(IReadOnlyList<EindVak> vakken, int? combinatiecijfer)
    {
        var cijfers = vakken
            .Where(v => v.Soort is not (VakSoort.Keuzevak or VakSoort.Rekenen))
            .Select(v => (Naam: v.Name, v.Eindcijfer))
            .ToList();
        if (combinatiecijfer is { } c)
        {
            cijfers.Add(("combinatiecijfer", c));
        }

        var vieren = cijfers.Count(x => x.Eindcijfer == 4);
        var vijven = cijfers.Count(x => x.Eindcijfer == 5);
        var lager = cijfers.Count(x => x.Eindcijfer < 4);
        var zeven = cijfers.Any(x => x.Eindcijfer >= 7);
        var onvoldoendes = cijfers.Where(x => x.Eindcijfer < 6).OrderBy(x => x.Eindcijfer).ToList();
        var lijst = string.Join(", ", onvoldoendes.Select(x => string.Create(Nl.Culture, $"{x.Naam} {x.Eindcijfer}")));

        var (met, oordeel) = (lager, vieren, vijven, zeven) switch
        {
            (0, 0, 0, _) => (true, "Alle eindcijfers (het combinatiecijfer als één vak) zijn 6 of hoger."),
            (0, 0, 1, _) => (true, $"Eén 5 ({lijst}), de rest 6 of hoger (sub c 1°)."),
            (0, 1, 0, true) => (true, $"Eén 4 ({lijst}), de rest 6 of hoger met ten minste één 7 (sub c 2°)."),
            (0, 0, 2, true) => (true, $"Twee 5-en ({lijst}), de rest 6 of hoger met ten minste één 7 (sub c 3°)."),
            ( > 0, _, _, _) => (false, $"Eindcijfer lager dan 4 ({lijst}): dat is nooit toegestaan."),
            (0, 1, 0, false) or (0, 0, 2, false) => (false, $"Onvoldoendes ({lijst}) zonder een 7 of hoger om ze te compenseren."),
            _ => (false, $"Onvoldoendes ({lijst}): toegestaan zijn alleen één 5, of één 4 of twee 5-en met ten minste één 7, de rest 6 of hoger."),
        };
        return UitslagRegels.Reden(UitslagRegels.Compensatie, met, oordeel);
    }
}
