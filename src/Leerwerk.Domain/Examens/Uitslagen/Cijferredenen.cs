namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>Reasons about single grades: a missing SE or CE (D-CIJFER) and a herkansing (D-HERK, UB 3.39 lid 1).</summary>
internal static class Cijferredenen
{
    public static IEnumerable<UitslagReden> Ontbrekend(Kandidaat kandidaat) =>
        kandidaat.Vakken
            .Where(v => !v.IsCompleet && v.Soort != VakSoort.Rekenen)
            .Select(v => UitslagRegels.Reden(UitslagRegels.CijferOntbreekt, false, (v.Se, v.BesteCe) switch
            {
                (null, null) when v.HeeftCe => $"Voor {v.Name} ontbreken het SE- en het CE-cijfer.",
                (null, _) => $"Voor {v.Name} ontbreekt het SE-cijfer.",
                _ => $"Voor {v.Name} ontbreekt het CE-cijfer.",
            }));

    public static IEnumerable<UitslagReden> Herkansingen(Kandidaat kandidaat) =>
        kandidaat.Vakken
            .Where(v => v.CeResit is not null && v.Ce is not null)
            .Select(v => UitslagRegels.Reden(UitslagRegels.Herkansing, true,
                $"Herkansing {v.Name}: CE {Een(v.Ce!.Value)}, herkansing {Een(v.CeResit!.Value)}; het hoogste CE-cijfer, {Een(v.BesteCe!.Value)}, telt."));

    private static string Een(decimal cijfer) => cijfer.ToString("0.0", Nl.Culture);
}
