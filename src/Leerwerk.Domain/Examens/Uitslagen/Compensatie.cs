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
        var telling = new Telling();
        foreach (var vak in vakken)
        {
            if (Telt(vak))
            {
                telling.Tel(vak.Eindcijfer);
            }
        }

        if (combinatiecijfer is { } c)
        {
            telling.Tel(c);
        }

        if (telling.Vieren + telling.Vijven + telling.Lager == 0)
        {
            return UitslagRegels.Reden(UitslagRegels.Compensatie, true, "Alle eindcijfers (het combinatiecijfer als één vak) zijn 6 of hoger.");
        }

        var lijst = Onvoldoendes(vakken, combinatiecijfer);
        var (met, oordeel) = (telling.Lager, telling.Vieren, telling.Vijven, telling.Zeven) switch
        {
            (0, 0, 1, _) => (true, $"Eén 5 ({lijst}), de rest 6 of hoger (sub c 1°)."),
            (0, 1, 0, true) => (true, $"Eén 4 ({lijst}), de rest 6 of hoger met ten minste één 7 (sub c 2°)."),
            (0, 0, 2, true) => (true, $"Twee 5-en ({lijst}), de rest 6 of hoger met ten minste één 7 (sub c 3°)."),
            ( > 0, _, _, _) => (false, $"Eindcijfer lager dan 4 ({lijst}): dat is nooit toegestaan."),
            (0, 1, 0, false) or (0, 0, 2, false) => (false, $"Onvoldoendes ({lijst}) zonder een 7 of hoger om ze te compenseren."),
            _ => (false, $"Onvoldoendes ({lijst}): toegestaan zijn alleen één 5, of één 4 of twee 5-en met ten minste één 7, de rest 6 of hoger."),
        };
        return UitslagRegels.Reden(UitslagRegels.Compensatie, met, oordeel);
    }

    private static bool Telt(EindVak vak) => vak.Soort is not (VakSoort.Keuzevak or VakSoort.Rekenen);

    /// <summary>"engels 4, biologie 5": the grades below 6, lowest first.</summary>
    private static string Onvoldoendes(IReadOnlyList<EindVak> vakken, int? combinatiecijfer)
    {
        var onvoldoendes = vakken.Where(v => Telt(v) && v.Eindcijfer < 6).Select(v => (Naam: v.Name, v.Eindcijfer)).ToList();
        if (combinatiecijfer is { } c and < 6)
        {
            onvoldoendes.Add(("combinatiecijfer", c));
        }

        return string.Join(", ", onvoldoendes.OrderBy(x => x.Eindcijfer).Select(x => string.Create(Nl.Culture, $"{x.Naam} {x.Eindcijfer}")));
    }

    private struct Telling
    {
        public int Lager;
        public int Vieren;
        public int Vijven;
        public bool Zeven;

        public void Tel(int cijfer)
        {
            switch (cijfer)
            {
                case < 4: Lager++; break;
                case 4: Vieren++; break;
                case 5: Vijven++; break;
                case >= 7: Zeven = true; break;
                default: break;
            }
        }
    }
}
