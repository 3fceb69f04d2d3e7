namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Rule D8 (UB WVO 2020 art. 3.35 lid 6, last sentence): when the subjects of an LWT candidate form a
/// complete BB eindexamen, the regular BB rule decides. That is a point of doubt the product shows
/// (EXAM.md): the reason says so and why. It is a met condition, so it is information, not a warning
/// (issue 20): a warning is kept for what the exam secretary must act on.
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
            return (UitslagRegeling.Bb, UitslagRegels.GedeeldeReden("D8", true,
                "De vakken van deze LWT-kandidaat vormen samen een volledig bb-eindexamen. Daarom beslist de gewone bb-regeling "
                + "(UB 3.35 lid 1 en 3) in plaats van lid 6 (examenblad: \"gelden alle BB-regels\"): CE-gemiddelde, compensatieregel, "
                + "keuzevakken ten minste 4 en LO/kunstvakken tellen mee. Leerwerk volgt deze lezing en toont haar, omdat zij een punt van twijfel is."));
        }

        return (UitslagRegeling.Lwt, GeenVolledigBb[ontbrekend.Opsomming]);
    }

    /// <summary>
    /// The reason per shortfall text, all it is built from: the same few for every LWT candidate (more only where a
    /// part names the candidate's own subjects). Unmet, but a fact rather than a breach: info.
    /// </summary>
    private static readonly Memo<string, UitslagReden> GeenVolledigBb = new(10_000, static opsomming => UitslagRegels.Reden("D8", false,
        $"Geen volledig bb-eindexamen; ontbreekt: {opsomming}. De LWT-regeling (UB 3.35 lid 6) beslist.")
        with
    { Severity = Domain.Rules.Severity.Info }, StringComparer.Ordinal);
}
