namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>Reasons about single grades: a missing SE or CE (D-CIJFER) and a herkansing (D-HERK, UB 3.39 lid 1).</summary>
internal static class Cijferredenen
{
    public static void Ontbrekend(Kandidaat kandidaat, List<UitslagReden> redenen)
    {
        for (var i = 0; i < kandidaat.Vakken.Count; i++)
        {
            var v = kandidaat.Vakken[i];
            if (v.IsCompleet || v.Soort == VakSoort.Rekenen)
            {
                continue;
            }

            redenen.Add(UitslagRegels.Reden(UitslagRegels.CijferOntbreekt, false, (v.Se, v.BesteCe) switch
            {
                (null, null) when v.HeeftCe => $"Voor {v.Name} ontbreken het SE- en het CE-cijfer.",
                (null, _) => $"Voor {v.Name} ontbreekt het SE-cijfer.",
                _ => $"Voor {v.Name} ontbreekt het CE-cijfer.",
            }));
        }
    }

    public static void Herkansingen(Kandidaat kandidaat, List<UitslagReden> redenen)
    {
        for (var i = 0; i < kandidaat.Vakken.Count; i++)
        {
            var v = kandidaat.Vakken[i];
            if (v is { CeResit: { } resit, Ce: { } ce })
            {
                redenen.Add(UitslagRegels.Reden(UitslagRegels.Herkansing, true,
                    $"Herkansing {v.Name}: CE {Een(ce)}, herkansing {Een(resit)}; het hoogste CE-cijfer, {Een(Math.Max(ce, resit))}, telt."));
            }
        }
    }

    private static string Een(decimal cijfer) => cijfer.ToString("0.0", Nl.Culture);
}
