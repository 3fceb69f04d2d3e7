namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// "What is still needed": for each subject without an eindcijfer, the lowest grade with which the
/// candidate still passes, other missing grades taken as 10 and missing ratings as «goed». Raising a
/// grade never turns a pass into a fail, so the first grade that passes is the answer.
/// </summary>
internal static class NogNodigBerekening
{
    public static IReadOnlyList<NogNodig> Bereken(Kandidaat kandidaat, UitslagRegeling regeling, UitslagSettings settings)
    {
        var result = new List<NogNodig>();
        var heeftWiskunde = kandidaat.Vakken.Any(v => v.Soort == VakSoort.Wiskunde);
        foreach (var vak in kandidaat.Vakken.Where(v => !v.IsCompleet))
        {
            result.Add(vak.Soort == VakSoort.Rekenen
                ? new NogNodig(vak.Name, NogNodigCijfer.Se, 1m, "Schoolexamen rekenen afleggen; elk cijfer volstaat en het telt niet mee.")
                : Voor(vak, kandidaat, regeling, settings));
        }

        if (!heeftWiskunde && !kandidaat.Vakken.Any(v => v.Soort == VakSoort.Rekenen))
        {
            result.Add(new NogNodig("rekenen", NogNodigCijfer.Se, 1m, "Schoolexamen rekenen afleggen; elk cijfer volstaat en het telt niet mee."));
        }

        return result;
    }

    private static NogNodig Voor(KandidaatVak vak, Kandidaat kandidaat, UitslagRegeling regeling, UitslagSettings settings)
    {
        var welk = (vak.Se, vak.BesteCe) switch
        {
            (null, null) when vak.HeeftCe => NogNodigCijfer.SeEnCe,
            (null, _) => NogNodigCijfer.Se,
            _ => NogNodigCijfer.Ce,
        };
        var stap = vak.HeeftCe ? 0.1m : 1m;
        for (var cijfer = 1.0m; cijfer <= 10.0m; cijfer += stap)
        {
            var ingevuld = welk switch
            {
                NogNodigCijfer.Se => vak with { Se = cijfer },
                NogNodigCijfer.Ce => vak with { Ce = cijfer, CeResit = null },
                NogNodigCijfer.SeEnCe => vak with { Se = cijfer, Ce = cijfer, CeResit = null },
            };
            if (Slaagt(kandidaat, vak, ingevuld, regeling, settings))
            {
                var tekst = welk switch
                {
                    NogNodigCijfer.Se => "SE-cijfer",
                    NogNodigCijfer.Ce => "CE-cijfer",
                    NogNodigCijfer.SeEnCe => "SE- en CE-cijfer",
                };
                var getal = vak.HeeftCe ? cijfer.ToString("0.0", Nl.Culture) : Nl.Number(cijfer);
                return new NogNodig(vak.Name, welk, cijfer, $"Voor {vak.Name} is een {tekst} van ten minste {getal} nodig om nog te kunnen slagen.");
            }
        }

        return new NogNodig(vak.Name, welk, null, $"Geen cijfer voor {vak.Name} volstaat: de kandidaat kan met de andere cijfers niet meer slagen.");
    }

    private static bool Slaagt(Kandidaat kandidaat, KandidaatVak open, KandidaatVak ingevuld, UitslagRegeling regeling, UitslagSettings settings)
    {
        var vakken = kandidaat.Vakken
            .Select(v => ReferenceEquals(v, open) ? ingevuld : Hoogst(v))
            .Select(v => EindVak.From(v, settings))
            .ToList();
        var hypothese = kandidaat with
        {
            Lo = kandidaat.Lo ?? Beoordeling.Goed,
            Kunstvakken = kandidaat.Kunstvakken ?? Beoordeling.Goed,
        };
        return Beoordelaar.Beoordeel(vakken, hypothese, regeling, pakketVolledig: true).Oordeel.Geslaagd;
    }

    private static KandidaatVak Hoogst(KandidaatVak vak) => vak.IsCompleet
        ? vak
        : vak with { Se = vak.Se ?? 10m, Ce = vak.HeeftCe ? vak.BesteCe ?? 10m : null };
}
