namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Whether a candidate's subjects form a complete exam: a complete BB eindexamen (UB 3.5 lid 1), the
/// LWT minimum (UB 3.5 lid 4, rule D1), and the schoolexamen rekenen (UB 10.3, rule C8). Extra
/// subjects never count towards completeness.
/// </summary>
internal static class Pakket
{
    /// <summary>What a complete BB eindexamen still lacks, in Dutch; empty when complete.</summary>
    public static IReadOnlyList<string> OntbrekendBb(Kandidaat kandidaat)
    {
        var telling = Tel(kandidaat.Vakken);
        if (telling.Nederlands && telling.Engels && telling.Maatschappijleer && kandidaat.Lo is not null
            && kandidaat.Kunstvakken is not null && telling.Algemeen >= 2 && telling.Profielvak && telling.Keuzevakken >= 4)
        {
            return [];
        }

        var ontbrekend = new List<string>();
        Eis(ontbrekend, telling.Nederlands, "Nederlands");
        Eis(ontbrekend, telling.Engels, "Engels");
        Eis(ontbrekend, telling.Maatschappijleer, "maatschappijleer");
        Eis(ontbrekend, kandidaat.Lo is not null, "een beoordeling van lichamelijke opvoeding");
        Eis(ontbrekend, kandidaat.Kunstvakken is not null, "een beoordeling van de kunstvakken");
        Eis(ontbrekend, telling.Algemeen >= 2, "twee algemene vakken in het profieldeel");
        Eis(ontbrekend, telling.Profielvak, "het profielvak");
        Eis(ontbrekend, telling.Keuzevakken >= 4, "vier keuzevakken");
        return ontbrekend;
    }

    /// <summary>What the LWT minimum (Nederlands, profielvak, four keuzevakken) still lacks.</summary>
    public static IReadOnlyList<string> OntbrekendLwt(Kandidaat kandidaat)
    {
        var telling = Tel(kandidaat.Vakken);
        var ontbrekend = new List<string>();
        Eis(ontbrekend, telling.Nederlands, "Nederlands");
        Eis(ontbrekend, telling.Profielvak, "het profielvak");
        Eis(ontbrekend, telling.Keuzevakken >= 4, "vier keuzevakken");
        return ontbrekend;
    }

    /// <summary>One pass over the subjects that are not extra.</summary>
    private static Telling Tel(IReadOnlyList<KandidaatVak> vakken)
    {
        var telling = default(Telling);
        foreach (var vak in vakken)
        {
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

    public static UitslagReden PakketReden(UitslagRegeling regeling, IReadOnlyList<string> ontbrekend)
    {
        var (ruleId, wat) = regeling == UitslagRegeling.Bb
            ? (UitslagRegels.PakketBb, "een volledig bb-eindexamen")
            : ("D1", "het LWT-examen (Nederlands, profielvak en vier keuzevakken)");
        return ontbrekend.Count == 0
            ? UitslagRegels.Reden(ruleId, true, regeling == UitslagRegeling.Bb ? VolledigBb : VolledigLwt)
            : UitslagRegels.Reden(ruleId, false, $"Voor {wat} ontbreekt: {string.Join(", ", ontbrekend)}. Het examen is onvolledig.");
    }

    /// <summary>Rule C8: without wiskunde a schoolexamen rekenen is needed; its grade never counts.</summary>
    public static UitslagReden RekenenReden(Kandidaat kandidaat)
    {
        var wiskunde = kandidaat.Vakken.Any(v => v.Soort == VakSoort.Wiskunde);
        var rekenen = kandidaat.Vakken.FirstOrDefault(v => v.Soort == VakSoort.Rekenen && v.Se is not null);
        return (wiskunde, rekenen) switch
        {
            (_, { Se: { } se }) => UitslagRegels.Reden("C8", true,
                $"Schoolexamen rekenen afgelegd (cijfer {Nl.Number(se)}); het cijfer telt niet mee voor de uitslag."),
            (true, null) => UitslagRegels.Reden("C8", true, "Examen in wiskunde: een schoolexamen rekenen is niet nodig."),
            _ => UitslagRegels.Reden("C8", false,
                "Geen examen in wiskunde en geen cijfer voor het schoolexamen rekenen: het examen is onvolledig."),
        };
    }

    private static void Eis(List<string> ontbrekend, bool aanwezig, string wat)
    {
        if (!aanwezig)
        {
            ontbrekend.Add(wat);
        }
    }

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
