namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>The regular BB rule, UB WVO 2020 art. 3.35 lid 1 sub a–e and lid 3.</summary>
internal static class BbRegeling
{
    public static Oordeel Beoordeel(IReadOnlyList<EindVak> vakken, Beoordeling? lo, Beoordeling? kunstvakken)
    {
        var keuzevakken = new List<EindVak>(4);
        var (ceSom, ceAantal, keuzeSom) = (0m, 0, 0);
        EindVak? nederlands = null;
        for (var i = 0; i < vakken.Count; i++)
        {
            var vak = vakken[i];
            if (vak.Soort == VakSoort.Keuzevak)
            {
                keuzevakken.Add(vak);
                keuzeSom += vak.Eindcijfer;
            }

            if (vak.Soort == VakSoort.Nederlands)
            {
                nederlands ??= vak;
            }

            if (vak.Ce is { } ce)
            {
                (ceSom, ceAantal) = (ceSom + ce, ceAantal + 1);
            }
        }

        int? combinatiecijfer = keuzevakken.Count == 0 ? null : Afronding.Combinatiecijfer(keuzeSom, keuzevakken.Count);
        decimal? ceGemiddelde = ceAantal == 0 ? null : ceSom / ceAantal;

        UitslagReden[] redenen =
        [
            CeGemiddeldeReden(ceGemiddelde),
            NederlandsReden(nederlands),
            Compensatie.Reden(vakken, combinatiecijfer),
            KeuzevakMinimum.Reden(keuzevakken, "D7"),
            LoKunstvakkenReden(lo, kunstvakken),
        ];
        return new(Array.TrueForAll(redenen, r => r.Met), redenen, combinatiecijfer, ceGemiddelde);
    }

    private static UitslagReden CeGemiddeldeReden(decimal? gemiddelde)
    {
        if (gemiddelde is not { } g)
        {
            return UitslagRegels.GedeeldeReden(UitslagRegels.CeGemiddelde, false, GeenCeCijfer);
        }

        // The message shows the mean cut off at two decimals (1,00–10,00): 901 texts per outcome, built once.
        var honderdsten = (int)decimal.Truncate(g * 100) - 100;
        return g >= UitslagGrenzen.CeGemiddelde
            ? UitslagRegels.GedeeldeReden(UitslagRegels.CeGemiddelde, true, GehaaldTeksten[honderdsten])
            : UitslagRegels.GedeeldeReden(UitslagRegels.CeGemiddelde, false, NietGehaaldTeksten[honderdsten]);
    }

    private static readonly string GeenCeCijfer = $"Er is geen enkel CE-cijfer; het CE-gemiddelde moet {Nl.Number(UitslagGrenzen.CeGemiddelde)} of hoger zijn.";

    /// <summary>The texts per mean (1,00–10,00), built once when the type is first used: a fixed table, not a cache.</summary>
    private static readonly string[] GehaaldTeksten = CeGemiddeldeTeksten($"is {Nl.Number(UitslagGrenzen.CeGemiddelde)} of hoger."),
        NietGehaaldTeksten = CeGemiddeldeTeksten($"is lager dan {Nl.Number(UitslagGrenzen.CeGemiddelde)} (niet afgerond vergeleken).");

    private static string[] CeGemiddeldeTeksten(string oordeel) =>
        [.. Enumerable.Range(0, 901).Select(honderdsten => string.Create(Nl.Culture, $"CE-gemiddelde {(honderdsten + 100) / 100m:F2} {oordeel}"))];

    private static UitslagReden NederlandsReden(EindVak? nederlands)
    {
        if (nederlands is not { } vak)
        {
            return UitslagRegels.GedeeldeReden(UitslagRegels.NederlandsBb, false, "Er is geen eindcijfer voor Nederlands.");
        }

        return NederlandsRedenen[vak];
    }

    /// <summary>Keyed on the whole subject (record equality: name, kind, grades), all the reason is built from; shared by a school's candidates.</summary>
    internal static readonly Memo<EindVak, UitslagReden> NederlandsRedenen = new(100_000, static v => v.Eindcijfer >= UitslagGrenzen.NederlandsBb
        ? UitslagRegels.Reden(UitslagRegels.NederlandsBb, true, string.Create(Nl.Culture, $"Eindcijfer {v.Beschrijving} is {UitslagGrenzen.NederlandsBb} of hoger."))
        : UitslagRegels.Reden(UitslagRegels.NederlandsBb, false, string.Create(Nl.Culture, $"Eindcijfer {v.Beschrijving} is lager dan {UitslagGrenzen.NederlandsBb}; compensatie is hier niet mogelijk.")));

    private static UitslagReden LoKunstvakkenReden(Beoordeling? lo, Beoordeling? kunstvakken)
    {
        var met = lo is Beoordeling.Voldoende or Beoordeling.Goed
            && kunstvakken is Beoordeling.Voldoende or Beoordeling.Goed;
        return UitslagRegels.GedeeldeReden(UitslagRegels.LoKunstvakken, met, LoKunstvakkenTekst[Index(lo), Index(kunstvakken)]);
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
