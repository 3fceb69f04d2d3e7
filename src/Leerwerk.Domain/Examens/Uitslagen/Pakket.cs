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
        var vakken = kandidaat.Vakken.Where(v => !v.IsExtra).ToList();
        var ontbrekend = new List<string>();
        Eis(ontbrekend, vakken.Any(v => v.Soort == VakSoort.Nederlands), "Nederlands");
        Eis(ontbrekend, vakken.Any(v => v.Soort == VakSoort.Engels), "Engels");
        Eis(ontbrekend, vakken.Any(v => v.Soort == VakSoort.Maatschappijleer), "maatschappijleer");
        Eis(ontbrekend, kandidaat.Lo is not null, "een beoordeling van lichamelijke opvoeding");
        Eis(ontbrekend, kandidaat.Kunstvakken is not null, "een beoordeling van de kunstvakken");
        var algemeen = vakken.Count(v => v.Soort is VakSoort.Wiskunde or VakSoort.Avo && v.Deel is null or VakDeel.Profieldeel);
        Eis(ontbrekend, algemeen >= 2, "twee algemene vakken in het profieldeel");
        Eis(ontbrekend, vakken.Any(v => v.Soort == VakSoort.Profielvak), "het profielvak");
        Eis(ontbrekend, vakken.Count(v => v.Soort == VakSoort.Keuzevak) >= 4, "vier keuzevakken");
        return ontbrekend;
    }

    /// <summary>What the LWT minimum (Nederlands, profielvak, four keuzevakken) still lacks.</summary>
    public static IReadOnlyList<string> OntbrekendLwt(Kandidaat kandidaat)
    {
        var vakken = kandidaat.Vakken.Where(v => !v.IsExtra).ToList();
        var ontbrekend = new List<string>();
        Eis(ontbrekend, vakken.Any(v => v.Soort == VakSoort.Nederlands), "Nederlands");
        Eis(ontbrekend, vakken.Any(v => v.Soort == VakSoort.Profielvak), "het profielvak");
        Eis(ontbrekend, vakken.Count(v => v.Soort == VakSoort.Keuzevak) >= 4, "vier keuzevakken");
        return ontbrekend;
    }

    public static UitslagReden PakketReden(UitslagRegeling regeling, IReadOnlyList<string> ontbrekend)
    {
        var (ruleId, wat) = regeling == UitslagRegeling.Bb
            ? (UitslagRegels.PakketBb, "een volledig bb-eindexamen")
            : ("D1", "het LWT-examen (Nederlands, profielvak en vier keuzevakken)");
        return ontbrekend.Count == 0
            ? UitslagRegels.Reden(ruleId, true, $"De vakken vormen {wat}.")
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
}
