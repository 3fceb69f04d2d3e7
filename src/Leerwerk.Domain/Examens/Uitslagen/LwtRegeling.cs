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
        // One pass over the subjects: this runs for every LWT candidate of a school file.
        var (keuzevakken, nederlands, profielvak, som) = (new List<EindVak>(4), new List<EindVak>(1), new List<EindVak>(1), 0);
        for (var i = 0; i < vakken.Count; i++)
        {
            var vak = vakken[i];
            switch (vak.Soort)
            {
                case VakSoort.Keuzevak: keuzevakken.Add(vak); som += vak.Eindcijfer; break;
                case VakSoort.Nederlands: nederlands.Add(vak); break;
                case VakSoort.Profielvak when !vak.IsExtra: profielvak.Add(vak); break;
                default: break;
            }
        }

        int? combinatiecijfer = keuzevakken.Count == 0 ? null : Afronding.Combinatiecijfer(som, keuzevakken.Count);

        UitslagReden[] eisen =
        [
            ZesOfHoger("D4", "Nederlands", nederlands, NederlandsRedenen),
            ZesOfHoger("D5", "het profielvak", profielvak, ProfielvakRedenen),
            CombinatiecijferReden(combinatiecijfer, keuzevakken.Count),
        ];
        var waarschuwing = KeuzevakMinimum.Reden(keuzevakken, UitslagRegels.KeuzevakLwt);
        return new(Array.TrueForAll(eisen, r => r.Met), [.. eisen, waarschuwing], combinatiecijfer, null);
    }

    private static UitslagReden ZesOfHoger(string ruleId, string wat, List<EindVak> vakken, Memo<EindVak, UitslagReden> perVak)
    {
        if (vakken.Count == 0)
        {
            return UitslagRegels.Reden(ruleId, false, $"Er is geen eindcijfer voor {wat}.");
        }

        return vakken.Count == 1
            ? perVak[vakken[0]]
            : Reden(ruleId, wat, vakken);
    }

    /// <summary>D4 and D5 per subject, keyed on the whole subject (record equality): one memo per rule, so rule and wording are fixed by the memo.</summary>
    internal static readonly Memo<EindVak, UitslagReden> NederlandsRedenen = new(100_000, static v => Reden("D4", "Nederlands", [v])),
        ProfielvakRedenen = new(100_000, static v => Reden("D5", "het profielvak", [v]));

    private static UitslagReden Reden(string ruleId, string wat, List<EindVak> vakken)
    {
        var lijst = string.Join(", ", vakken.Select(v => v.Beschrijving));
        return vakken.TrueForAll(v => v.Eindcijfer >= UitslagGrenzen.Lwt)
            ? UitslagRegels.Reden(ruleId, true, string.Create(Nl.Culture, $"Eindcijfer {lijst} is {UitslagGrenzen.Lwt} of hoger."))
            : UitslagRegels.Reden(ruleId, false, string.Create(Nl.Culture, $"Eindcijfer {lijst} is lager dan {UitslagGrenzen.Lwt}; voor {wat} is ten minste een {UitslagGrenzen.Lwt} nodig."));
    }

    private static UitslagReden CombinatiecijferReden(int? combinatiecijfer, int aantal) => combinatiecijfer switch
    {
        null => UitslagRegels.GedeeldeReden("D6", false, "Er zijn geen keuzevakken, dus geen combinatiecijfer."),
        { } c => Combinatiecijfers[(c, aantal)],
    };

    /// <summary>The D6 reason per combinatiecijfer and number of keuzevakken: a few dozen, shared by every LWT candidate.</summary>
    private static readonly Memo<(int Cijfer, int Aantal), UitslagReden> Combinatiecijfers = new(10_000, static k => k.Cijfer >= UitslagGrenzen.Lwt
        ? UitslagRegels.Reden("D6", true, string.Create(Nl.Culture, $"Combinatiecijfer {k.Cijfer} (gemiddelde van {k.Aantal} keuzevakken) is {UitslagGrenzen.Lwt} of hoger."))
        : UitslagRegels.Reden("D6", false, string.Create(Nl.Culture, $"Combinatiecijfer {k.Cijfer} (gemiddelde van {k.Aantal} keuzevakken) is lager dan {UitslagGrenzen.Lwt}.")));
}
