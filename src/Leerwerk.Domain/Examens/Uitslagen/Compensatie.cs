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
        for (var i = 0; i < vakken.Count; i++)
        {
            var vak = vakken[i];
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
            return UitslagRegels.GedeeldeReden(UitslagRegels.Compensatie, true, "Alle eindcijfers (het combinatiecijfer als één vak) zijn 6 of hoger.");
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

    /// <summary>"engels 4, biologie 5": the grades below 6, lowest first (equal grades in subject order).</summary>
    private static string Onvoldoendes(IReadOnlyList<EindVak> vakken, int? combinatiecijfer)
    {
        // A loop per grade instead of LINQ's OrderBy: this message is built for every candidate with a 4 or 5.
        var tekst = new System.Text.StringBuilder(64);
        for (var cijfer = 1; cijfer < 6; cijfer++)
        {
            for (var i = 0; i < vakken.Count; i++)
            {
                var vak = vakken[i];
                if (Telt(vak) && vak.Eindcijfer == cijfer)
                {
                    Voeg(tekst, vak.Name, cijfer);
                }
            }

            if (combinatiecijfer == cijfer)
            {
                Voeg(tekst, "combinatiecijfer", cijfer);
            }
        }

        return tekst.ToString();
    }

    private static void Voeg(System.Text.StringBuilder tekst, string naam, int cijfer)
    {
        if (tekst.Length > 0)
        {
            tekst.Append(", ");
        }

        tekst.Append(naam).Append(' ').Append(cijfer);
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
