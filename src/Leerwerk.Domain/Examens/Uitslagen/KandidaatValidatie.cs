namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>
/// Input the engine refuses to judge: grades outside 1,0–10,0 or with too many decimals (UB 3.13),
/// a CE for a subject without CE, duplicate names, no Nederlands, too many extra subjects.
/// Each reason names the field, e.g. "subjects[3].ce".
/// </summary>
internal static class KandidaatValidatie
{
    public static IReadOnlyList<UitslagReden> Valideer(Kandidaat kandidaat)
    {
        var fouten = new List<UitslagReden>();
        if (string.IsNullOrWhiteSpace(kandidaat.Id))
        {
            fouten.Add(UitslagRegels.OngeldigeInvoer("id", "de kandidaat heeft geen id."));
        }

        var (nederlands, extra) = (0, 0);
        for (var i = 0; i < kandidaat.Vakken.Count; i++)
        {
            var vak = kandidaat.Vakken[i];
            nederlands += vak.Soort == VakSoort.Nederlands ? 1 : 0;
            extra += vak.IsExtra ? 1 : 0;
        }

        if (nederlands != 1)
        {
            fouten.Add(UitslagRegels.OngeldigeInvoer("subjects", nederlands == 0
                ? "Nederlands ontbreekt; zonder Nederlands is er geen examen (UB 3.5)."
                : "Nederlands komt meer dan eens voor."));
        }

        if (extra > ExtraVakken.Maximum)
        {
            fouten.Add(UitslagRegels.OngeldigeInvoer("subjects", $"meer dan {ExtraVakken.Maximum} extra vakken."));
        }

        for (var i = 0; i < kandidaat.Vakken.Count; i++)
        {
            Vak(kandidaat.Vakken, i, fouten);
        }

        return fouten;
    }

    private static void Vak(IReadOnlyList<KandidaatVak> vakken, int index, List<UitslagReden> fouten)
    {
        var vak = vakken[index];
        var pad = new Pad(index);
        if (string.IsNullOrWhiteSpace(vak.Name))
        {
            fouten.Add(UitslagRegels.OngeldigeInvoer($"{pad}.name", "het vak heeft geen naam."));
        }
        else if (EerderGenoemd(vakken, index))
        {
            fouten.Add(UitslagRegels.OngeldigeInvoer($"{pad}.name", $"de naam '{vak.Name}' komt meer dan eens voor."));
        }

        Cijfer(vak.Se, vak.HeeftCe ? 1 : 2, pad, "se", fouten);
        Cijfer(vak.Ce, 1, pad, "ce", fouten);
        Cijfer(vak.CeResit, 1, pad, "ceResit", fouten);
        if (!vak.HeeftCe && (vak.Ce is not null || vak.CeResit is not null))
        {
            var veld = vak.Ce is not null ? "ce" : "ceResit";
            fouten.Add(UitslagRegels.OngeldigeInvoer($"{pad}.{veld}", $"{vak.Name} heeft geen centraal examen, dus geen CE-cijfer."));
        }
    }

    private static void Cijfer(decimal? cijfer, int decimalen, Pad pad, string naam, List<UitslagReden> fouten)
    {
        if (cijfer is not { } c || (c is >= 1.0m and <= 10.0m && Afronding.HeeftHoogstens(c, decimalen)))
        {
            return;
        }

        var veld = $"{pad}.{naam}";
        if (c is < 1.0m or > 10.0m)
        {
            fouten.Add(UitslagRegels.OngeldigeInvoer(veld, $"{Nl.Number(c)} ligt buiten 1,0–10,0."));
        }
        else
        {
            var toegestaan = decimalen == 1 ? "één decimaal" : "twee decimalen";
            fouten.Add(UitslagRegels.OngeldigeInvoer(veld, $"{c.ToString(Nl.Culture)} heeft meer dan {toegestaan}."));
        }
    }

    /// <summary>True when an earlier subject has the same name (a dozen subjects: no set needed).</summary>
    private static bool EerderGenoemd(IReadOnlyList<KandidaatVak> vakken, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(vakken[i].Name, vakken[index].Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"subjects[3]", built only when there is an error to report.</summary>
    private readonly record struct Pad(int Index)
    {
        public override string ToString() => string.Create(Nl.Culture, $"subjects[{Index}]");
    }
}
