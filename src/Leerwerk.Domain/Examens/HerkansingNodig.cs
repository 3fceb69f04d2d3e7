namespace Leerwerk.Domain.Examens;

/// <summary>
/// "What is still needed" for a candidate who has failed with every grade in: for each subject with a centraal examen
/// and no herkansing yet, the lowest CE-cijfer of the herkansing (UB WVO 2020 art. 3.38; the highest CE counts,
/// art. 3.39 lid 1) with which the candidate passes, or none when no herkansing of that subject alone suffices.
/// </summary>
public static class HerkansingNodig
{
    public static IReadOnlyList<NogNodig> Bereken(Kandidaat kandidaat, Uitslag uitslag, UitslagSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(kandidaat);
        ArgumentNullException.ThrowIfNull(uitslag);
        if (uitslag.Status != UitslagStatus.Afgewezen || kandidaat.Vakken.Any(v => v.CeResit is not null))
        {
            return [];
        }

        var result = new List<NogNodig>();
        foreach (var vak in kandidaat.Vakken.Where(v => v.HeeftCe && !v.IsExtra))
        {
            result.Add(Voor(kandidaat, vak, settings));
        }

        return result;
    }

    private static NogNodig Voor(Kandidaat kandidaat, KandidaatVak vak, UitslagSettings? settings)
    {
        // Only a herkansing above the first CE can change the result: the highest of the two counts.
        for (var cijfer = (vak.Ce ?? 0.9m) + 0.1m; cijfer <= 10.0m; cijfer += 0.1m)
        {
            var met = kandidaat with { Vakken = [.. kandidaat.Vakken.Select(v => ReferenceEquals(v, vak) ? v with { CeResit = cijfer } : v)] };
            var uitslag = UitslagBepaling.Bepaal(met, settings);
            if (uitslag.Status == UitslagStatus.Geslaagd)
            {
                return new NogNodig(vak.Name, NogNodigCijfer.Ce, cijfer,
                    $"Met een herkansing van {vak.Name} met een CE-cijfer van ten minste {cijfer.ToString("0.0", Nl.Culture)} slaagt de kandidaat.");
            }
        }

        return new NogNodig(vak.Name, NogNodigCijfer.Ce, null, $"Een herkansing van {vak.Name} alleen is niet genoeg om te slagen.");
    }
}
