namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Whether a candidate's subjects form a complete exam: a complete BB eindexamen (UB 3.5 lid 1), the
/// LWT minimum (UB 3.5 lid 4, rule D1), and the schoolexamen rekenen (UB 10.3, rule C8). Extra
/// subjects never count towards completeness.
/// </summary>
internal static class Pakket
{
    /// <summary>What a complete BB eindexamen still lacks, in Dutch; empty when complete.</summary>
    public static Tekort OntbrekendBb(Kandidaat kandidaat)
    {
        var telling = Tel(kandidaat.Vakken);
        ReadOnlySpan<bool> eisen =
        [
            telling.Nederlands, telling.Engels, telling.Maatschappijleer, kandidaat.Lo is not null, kandidaat.Kunstvakken is not null,
            telling.Algemeen >= 2, telling.Profielvak, telling.Keuzevakken >= 4,
        ];
        return Tekort.Van(eisen, BbEisen, BbTekorten);
    }

    /// <summary>What the LWT minimum (Nederlands, profielvak, four keuzevakken) still lacks.</summary>
    public static Tekort OntbrekendLwt(Kandidaat kandidaat)
    {
        var telling = Tel(kandidaat.Vakken);
        return Tekort.Van([telling.Nederlands, telling.Profielvak, telling.Keuzevakken >= 4], LwtEisen, LwtTekorten);
    }

    private static readonly string[] BbEisen =
    [
        "Nederlands", "Engels", "maatschappijleer", "een beoordeling van lichamelijke opvoeding", "een beoordeling van de kunstvakken",
        "twee algemene vakken in het profieldeel", "het profielvak", "vier keuzevakken",
    ];

    private static readonly string[] LwtEisen = ["Nederlands", "het profielvak", "vier keuzevakken"];

    private static readonly Tekort?[] BbTekorten = new Tekort?[1 << 8], LwtTekorten = new Tekort?[1 << 3];

    /// <summary>One pass over the subjects that are not extra.</summary>
    private static Telling Tel(IReadOnlyList<KandidaatVak> vakken)
    {
        var telling = default(Telling);
        for (var i = 0; i < vakken.Count; i++)
        {
            var vak = vakken[i];
            if (vak.IsExtra)
            {
                continue;
            }

            switch (vak.Soort)
            {
                case VakSoort.Nederlands: telling.Nederlands = true; break;
                case VakSoort.Engels: telling.Engels = true; break;
                case VakSoort.Maatschappijleer: telling.Maatschappijleer = true; break;
                case VakSoort.Profielvak: telling.Profielvak = true; break;
                case VakSoort.Keuzevak: telling.Keuzevakken++; break;
                case VakSoort.Wiskunde or VakSoort.Avo when vak.Deel is null or VakDeel.Profieldeel: telling.Algemeen++; break;
                default: break;
            }
        }

        return telling;
    }

    private const string VolledigBb = "De vakken vormen een volledig bb-eindexamen.";
    private const string VolledigLwt = "De vakken vormen het LWT-examen (Nederlands, profielvak en vier keuzevakken).";

    public static UitslagReden PakketReden(UitslagRegeling regeling, Tekort ontbrekend)
    {
        var (ruleId, wat) = regeling == UitslagRegeling.Bb
            ? (UitslagRegels.PakketBb, "een volledig bb-eindexamen")
            : ("D1", "het LWT-examen (Nederlands, profielvak en vier keuzevakken)");
        return ontbrekend.Count == 0
            ? UitslagRegels.GedeeldeReden(ruleId, true, regeling == UitslagRegeling.Bb ? VolledigBb : VolledigLwt)
            : UitslagRegels.Reden(ruleId, false, $"Voor {wat} ontbreekt: {ontbrekend.Opsomming}. Het examen is onvolledig.");
    }

    /// <summary>Rule C8: without wiskunde a schoolexamen rekenen is needed; its grade never counts.</summary>
    public static UitslagReden RekenenReden(Kandidaat kandidaat)
    {
        var (wiskunde, rekenen) = (false, default(KandidaatVak));
        for (var i = 0; i < kandidaat.Vakken.Count; i++)
        {
            var vak = kandidaat.Vakken[i];
            wiskunde |= vak.Soort == VakSoort.Wiskunde;
            if (vak.Soort == VakSoort.Rekenen && vak.Se is not null)
            {
                rekenen ??= vak;
            }
        }

        return (wiskunde, rekenen) switch
        {
            (_, { Se: { } se }) => RekenenAfgelegd.GetOrAdd(se, cijfer => UitslagRegels.Reden("C8", true,
                $"Schoolexamen rekenen afgelegd (cijfer {Nl.Number(cijfer)}); het cijfer telt niet mee voor de uitslag.")),
            (true, null) => UitslagRegels.GedeeldeReden("C8", true, "Examen in wiskunde: een schoolexamen rekenen is niet nodig."),
            _ => UitslagRegels.GedeeldeReden("C8", false,
                "Geen examen in wiskunde en geen cijfer voor het schoolexamen rekenen: het examen is onvolledig."),
        };
    }

    /// <summary>The C8 reason per rekenen grade (1,00–10,00: at most 901), shared by every candidate with that grade.</summary>
    private static readonly BeperkteCache<decimal, UitslagReden> RekenenAfgelegd = new(10_000);

    private struct Telling
    {
        public bool Nederlands;
        public bool Engels;
        public bool Maatschappijleer;
        public bool Profielvak;
        public int Algemeen;
        public int Keuzevakken;
    }
}
