namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Rule D8 (UB WVO 2020 art. 3.35 lid 6, last sentence): when the subjects of an LWT candidate form a
/// complete BB eindexamen, the regular BB rule decides. That is a point of doubt the product shows
/// (EXAM.md), so the switch is reported as a warning.
/// </summary>
internal static class Regelkeuze
{
    public static (UitslagRegeling Regeling, UitslagReden? Reden) Bepaal(Kandidaat kandidaat)
    {
        if (kandidaat.Route == UitslagRegeling.Bb)
        {
            return (UitslagRegeling.Bb, null);
        }

        var ontbrekend = Pakket.OntbrekendBb(kandidaat);
        if (ontbrekend.Count == 0)
        {
            return (UitslagRegeling.Bb, UitslagRegels.GedeeldeWaarschuwing("D8", true,
                "De vakken van deze LWT-kandidaat vormen samen een volledig bb-eindexamen. Daarom beslist de gewone bb-regeling "
                + "(UB 3.35 lid 1 en 3) in plaats van lid 6 (examenblad: \"gelden alle BB-regels\"): CE-gemiddelde, compensatieregel, "
                + "keuzevakken ten minste 4 en LO/kunstvakken tellen mee. Leerwerk volgt deze lezing en toont haar, omdat zij een punt van twijfel is."));
        }

        return (UitslagRegeling.Lwt, GeenVolledigBb.GetOrAdd(ontbrekend, t => UitslagRegels.Reden("D8", false,
            $"Geen volledig bb-eindexamen (ontbreekt: {t.Opsomming}); de LWT-regeling (UB 3.35 lid 6) beslist.")
            with
        { Severity = Domain.Rules.Severity.Info }));
    }

    /// <summary>The reason per shortfall (a <see cref="Tekort"/> is shared per combination): the same few for every LWT candidate.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Tekort, UitslagReden> GeenVolledigBb = new();
}
