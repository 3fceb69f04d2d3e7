namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>A subject with its eindcijfer, as the pass rules read it.</summary>
/// <param name="Name">The subject's name.</param>
/// <param name="Soort">Its kind.</param>
/// <param name="IsExtra">True for an extra subject that may be left out.</param>
/// <param name="Eindcijfer">The whole eindcijfer.</param>
/// <param name="Ce">The CE-cijfer that counts (highest of first attempt and herkansing), or null.</param>
/// <param name="Gemiddelde">(SE + CE) / 2 before rounding for a subject with CE; else the SE.</param>
internal sealed record EindVak(string Name, VakSoort Soort, bool IsExtra, int Eindcijfer, decimal? Ce, decimal Gemiddelde)
{
    public static EindVak From(KandidaatVak vak, UitslagSettings settings)
    {
        var se = vak.Se ?? throw new InvalidOperationException($"Subject '{vak.Name}' has no SE-cijfer.");
        if (!vak.HeeftCe)
        {
            return new(vak.Name, vak.Soort, vak.IsExtra, Afronding.SeZonderCe(se, settings.SeAfronding), null, se);
        }

        var ce = vak.BesteCe ?? throw new InvalidOperationException($"Subject '{vak.Name}' has no CE-cijfer.");
        var gemiddelde = Afronding.Gemiddelde(se, ce);
        return new(vak.Name, vak.Soort, vak.IsExtra, Afronding.Heel(gemiddelde), ce, gemiddelde);
    }

    /// <summary>"nederlands 6 (gemiddelde 6,3)" or "keuzevak 1 6".</summary>
    public string Beschrijving => Ce is null
        ? string.Create(Nl.Culture, $"{Name} {Eindcijfer}")
        : string.Create(Nl.Culture, $"{Name} {Eindcijfer} (gemiddelde {GemiddeldeTekst(Gemiddelde)})");

    /// <summary>"6,3" for 6,30 and "6,35": (SE + CE) / 2 of one-decimal grades has at most two decimals, 1,00–10,00.</summary>
    private static string GemiddeldeTekst(decimal gemiddelde)
    {
        var honderdsten = gemiddelde * 100;
        return decimal.IsInteger(honderdsten) && honderdsten is >= 100 and <= 1000
            ? Gemiddelden[(int)honderdsten - 100]
            : (gemiddelde / 1.000000000000000000000000000m).ToString(Nl.Culture);
    }

    /// <summary>The 901 texts, built once when the type is first used (a fixed table, not a cache): every candidate's Nederlands and profielvak reasons show one.</summary>
    private static readonly string[] Gemiddelden = [.. Enumerable.Range(100, 901).Select(h => (h / 100m).ToString(Nl.Culture))];
}
