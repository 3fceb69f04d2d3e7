namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Whether a candidate's subjects form a complete exam: a complete BB eindexamen (UB 3.5 lid 1), the
/// LWT minimum (UB 3.5 lid 4, rule D1), and the schoolexamen rekenen (UB 10.3, rule C8). Extra
/// subjects never count towards completeness; what is missing is named with what is present but marked otherwise.
/// </summary>
internal static class Pakket
{
    private const string BbExamen = "een volledig bb-eindexamen";
    private const string LwtExamen = "een LWT";

    /// <summary>What a complete BB eindexamen still lacks, in Dutch; empty when complete.</summary>
    public static Tekort OntbrekendBb(Kandidaat kandidaat)
    {
        var telling = Tel(kandidaat.Vakken);
        ReadOnlySpan<bool> eisen =
        [
            telling.Nederlands, telling.Engels, telling.Maatschappijleer, kandidaat.Lo is not null, kandidaat.Kunstvakken is not null,
            telling.Algemeen >= 2, telling.Profielvak, telling.Keuzevakken >= 4,
        ];
        return Precies(Tekort.Van(eisen, BbTekorten), eisen, BbEisen, kandidaat.Vakken, BbExamen);
    }

    /// <summary>What the LWT minimum (Nederlands, profielvak, four keuzevakken) still lacks.</summary>
    public static Tekort OntbrekendLwt(Kandidaat kandidaat)
    {
        var telling = Tel(kandidaat.Vakken);
        ReadOnlySpan<bool> eisen = [telling.Nederlands, telling.Profielvak, telling.Keuzevakken >= 4];
        return Precies(Tekort.Van(eisen, LwtTekorten), eisen, LwtEisen, kandidaat.Vakken, LwtExamen);
    }

    private enum Eis
    {
        Nederlands,
        Engels,
        Maatschappijleer,
        Lo,
        Kunstvakken,
        Algemeen,
        Profielvak,
        Keuzevakken,
    }

    private static readonly Eis[] BbEisen = Enum.GetValues<Eis>();
    private static readonly Eis[] LwtEisen = [Eis.Nederlands, Eis.Profielvak, Eis.Keuzevakken];

    private static string Naam(Eis eis) => eis switch
    {
        Eis.Nederlands => "Nederlands",
        Eis.Engels => "Engels",
        Eis.Maatschappijleer => "maatschappijleer",
        Eis.Lo => "een beoordeling van lichamelijke opvoeding",
        Eis.Kunstvakken => "een beoordeling van de kunstvakken",
        Eis.Algemeen => "twee algemene vakken in het profieldeel",
        Eis.Profielvak => "het profielvak",
        Eis.Keuzevakken => "vier keuzevakken",
    };

    /// <summary>The shortfalls without details, one fixed table per exam (built when the type is first used).</summary>
    private static readonly Tekort[] BbTekorten = Tekort.Tabel([.. BbEisen.Select(Naam)]), LwtTekorten = Tekort.Tabel([.. LwtEisen.Select(Naam)]);

    /// <summary>
    /// The shared shortfall, unless a missing part has subjects present or marked otherwise: then every part is named
    /// exactly ("één van de vier keuzevakken (aanwezig: …; keuzevak 4 is als extra vak opgegeven; een LWT omvat vier keuzevakken)").
    /// </summary>
    private static Tekort Precies(Tekort gedeeld, ReadOnlySpan<bool> eisen, Eis[] namen, IReadOnlyList<KandidaatVak> vakken, string examen)
    {
        List<string>? delen = null;
        var n = 0;
        for (var i = 0; i < eisen.Length; i++)
        {
            if (eisen[i])
            {
                continue;
            }

            var deel = Deel(namen[i], vakken, examen);
            if (deel is not null && delen is null)
            {
                // The first part with details: the plain parts before it keep their names.
                delen = [.. gedeeld.Delen.Take(n)];
            }

            delen?.Add(deel ?? Naam(namen[i]));
            n++;
        }

        return delen is null ? gedeeld : Tekort.Met(delen);
    }

    /// <summary>The missing part with what is present and what is marked otherwise, or null when there is nothing to add to its name.</summary>
    private static string? Deel(Eis eis, IReadOnlyList<KandidaatVak> vakken, string examen)
    {
        // Built only when there is something to say: an LWT candidate is checked against the BB exam every time (D8).
        List<string>? aanwezig = null, anders = null;
        foreach (var vak in vakken)
        {
            switch (eis)
            {
                case Eis.Nederlands or Eis.Engels or Eis.Maatschappijleer or Eis.Profielvak when vak.IsExtra && vak.Soort == Soort(eis):
                case Eis.Keuzevakken when vak.IsExtra && vak.Soort == VakSoort.Keuzevak:
                case Eis.Algemeen when vak.IsExtra && vak.Soort is VakSoort.Wiskunde or VakSoort.Avo:
                    (anders ??= []).Add($"{vak.Name} is als extra vak opgegeven");
                    break;
                case Eis.Algemeen when vak.Soort is VakSoort.Wiskunde or VakSoort.Avo && vak.Deel is VakDeel.Gemeenschappelijk or VakDeel.Vrij:
                    (anders ??= []).Add($"{vak.Name} is opgegeven in het {(vak.Deel == VakDeel.Vrij ? "vrije deel" : "gemeenschappelijk deel")}");
                    break;
                case Eis.Algemeen when vak.Soort is VakSoort.Wiskunde or VakSoort.Avo:
                case Eis.Keuzevakken when vak.Soort == VakSoort.Keuzevak:
                    (aanwezig ??= []).Add(vak.Name);
                    break;
                default:
                    break;
            }
        }

        if (aanwezig is null && anders is null)
        {
            return null;
        }

        var naam = Naam(eis);
        var (nodig, wat) = eis == Eis.Algemeen ? (2, "algemene vakken in het profieldeel") : (4, "keuzevakken");
        var kop = aanwezig is null ? naam : $"{Telwoord(nodig - aanwezig.Count)} van de {naam}";
        var toelichting = new List<string>();
        if (aanwezig is not null)
        {
            toelichting.Add($"aanwezig: {string.Join(", ", aanwezig)}");
        }

        if (anders is not null)
        {
            toelichting.AddRange(anders);
            if (eis is Eis.Algemeen or Eis.Keuzevakken)
            {
                toelichting.Add($"{examen} omvat {Telwoord(nodig)} {wat}");
            }
        }

        return $"{kop} ({string.Join("; ", toelichting)})";
    }

    private static VakSoort Soort(Eis eis) => eis switch
    {
        Eis.Nederlands => VakSoort.Nederlands,
        Eis.Engels => VakSoort.Engels,
        Eis.Maatschappijleer => VakSoort.Maatschappijleer,
        _ => VakSoort.Profielvak,
    };

    private static string Telwoord(int aantal) => aantal switch
    {
        1 => "één",
        2 => "twee",
        3 => "drie",
        _ => "vier",
    };

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
            (_, { Se: { } se }) => RekenenAfgelegd[se],
            (true, null) => UitslagRegels.GedeeldeReden("C8", true, "Examen in wiskunde: een schoolexamen rekenen is niet nodig."),
            _ => UitslagRegels.GedeeldeReden("C8", false,
                "Geen examen in wiskunde en geen cijfer voor het schoolexamen rekenen: het examen is onvolledig."),
        };
    }

    /// <summary>
    /// The C8 reason per rekenen grade (1,00–10,00: at most 901), shared by every candidate with that grade. Equal
    /// decimals (6,3 and 6,30) give the same text, so decimal equality is no coarser than the value (ADR 0007).
    /// </summary>
    private static readonly Memo<decimal, UitslagReden> RekenenAfgelegd = new(10_000, static cijfer => UitslagRegels.Reden("C8", true,
        $"Schoolexamen rekenen afgelegd (cijfer {Nl.Number(cijfer)}); het cijfer telt niet mee voor de uitslag."));

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
