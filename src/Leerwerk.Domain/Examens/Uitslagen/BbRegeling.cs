namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>The regular BB rule, UB WVO 2020 art. 3.35 lid 1 sub a–e and lid 3.</summary>
internal static class BbRegeling
{
    public static Oordeel Beoordeel(IReadOnlyList<EindVak> vakken, Beoordeling? lo, Beoordeling? kunstvakken)
    {
        var keuzevakken = new List<EindVak>(4);
        var (ceSom, ceAantal) = (0m, 0);
        foreach (var vak in vakken)
        {
            if (vak.Soort == VakSoort.Keuzevak)
            {
                keuzevakken.Add(vak);
            }

            if (vak.Ce is { } ce)
            {
                (ceSom, ceAantal) = (ceSom + ce, ceAantal + 1);
            }
        }

        int? combinatiecijfer = keuzevakken.Count == 0 ? null : Afronding.Combinatiecijfer(keuzevakken.Sum(v => v.Eindcijfer), keuzevakken.Count);
        decimal? ceGemiddelde = ceAantal == 0 ? null : ceSom / ceAantal;

        UitslagReden[] redenen =
        [
            CeGemiddeldeReden(ceGemiddelde),
            NederlandsReden(vakken),
            Compensatie.Reden(vakken, combinatiecijfer),
            KeuzevakMinimum.Reden(keuzevakken, UitslagRegels.Reden, "D7"),
            LoKunstvakkenReden(lo, kunstvakken),
        ];
        return new(Array.TrueForAll(redenen, r => r.Met), redenen, combinatiecijfer, ceGemiddelde);
    }

    private static UitslagReden CeGemiddeldeReden(decimal? gemiddelde)
    {
        if (gemiddelde is not { } g)
        {
            return UitslagRegels.Reden(UitslagRegels.CeGemiddelde, false, "Er is geen enkel CE-cijfer; het CE-gemiddelde moet 5,5 of hoger zijn.");
        }

        var shown = Afronding.Afgekapt(g, 2).ToString("F2", Nl.Culture);
        return g >= 5.5m
            ? UitslagRegels.Reden(UitslagRegels.CeGemiddelde, true, $"CE-gemiddelde {shown} is 5,5 of hoger.")
            : UitslagRegels.Reden(UitslagRegels.CeGemiddelde, false, $"CE-gemiddelde {shown} is lager dan 5,5 (niet afgerond vergeleken).");
    }

    private static UitslagReden NederlandsReden(IReadOnlyList<EindVak> vakken)
    {
        var nederlands = vakken.FirstOrDefault(v => v.Soort == VakSoort.Nederlands);
        if (nederlands is null)
        {
            return UitslagRegels.Reden(UitslagRegels.NederlandsBb, false, "Er is geen eindcijfer voor Nederlands.");
        }

        return nederlands.Eindcijfer >= 5
            ? UitslagRegels.Reden(UitslagRegels.NederlandsBb, true, $"Eindcijfer {nederlands.Beschrijving} is 5 of hoger.")
            : UitslagRegels.Reden(UitslagRegels.NederlandsBb, false, $"Eindcijfer {nederlands.Beschrijving} is lager dan 5; compensatie is hier niet mogelijk.");
    }

    private static UitslagReden LoKunstvakkenReden(Beoordeling? lo, Beoordeling? kunstvakken)
    {
        var met = lo is Beoordeling.Voldoende or Beoordeling.Goed
            && kunstvakken is Beoordeling.Voldoende or Beoordeling.Goed;
        return UitslagRegels.Reden(UitslagRegels.LoKunstvakken, met, LoKunstvakkenTekst[Index(lo), Index(kunstvakken)]);
    }

    /// <summary>The 16 possible messages, built once: every candidate gets one.</summary>
    private static readonly string[,] LoKunstvakkenTekst = Maak();

    private static string[,] Maak()
    {
        Beoordeling?[] waarden = [null, Beoordeling.Onvoldoende, Beoordeling.Voldoende, Beoordeling.Goed];
        var teksten = new string[waarden.Length, waarden.Length];
        foreach (var lo in waarden)
        {
            foreach (var kunst in waarden)
            {
                var met = lo is Beoordeling.Voldoende or Beoordeling.Goed && kunst is Beoordeling.Voldoende or Beoordeling.Goed;
                teksten[Index(lo), Index(kunst)] = $"Lichamelijke opvoeding: {Tekst(lo)}; kunstvakken: {Tekst(kunst)}; "
                    + (met ? "beide voldoende of goed." : "beide moeten «voldoende» of «goed» zijn.");
            }
        }

        return teksten;
    }

    private static int Index(Beoordeling? beoordeling) => beoordeling is { } b ? 1 + (int)b : 0;

    private static string Tekst(Beoordeling? beoordeling) => beoordeling is { } b ? Tekst(b) : "geen beoordeling";

    private static string Tekst(Beoordeling beoordeling) => beoordeling switch
    {
        Beoordeling.Onvoldoende => "«onvoldoende»",
        Beoordeling.Voldoende => "«voldoende»",
        Beoordeling.Goed => "«goed»",
    };
}
