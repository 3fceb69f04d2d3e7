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
        return new(vak.Name, vak.Soort, vak.IsExtra, Afronding.Eindcijfer(se, ce), ce, (se + ce) / 2);
    }

    /// <summary>"nederlands 6 (gemiddelde 6,3)" or "keuzevak 1 6".</summary>
    public string Beschrijving => Ce is null
        ? string.Create(Nl.Culture, $"{Name} {Eindcijfer}")
        : string.Create(Nl.Culture, $"{Name} {Eindcijfer} (gemiddelde {Gemiddelde / Normaliseer})");

    /// <summary>Dividing by 1,000… drops trailing zeros (6,30 → 6,3) faster than a custom format string.</summary>
    private const decimal Normaliseer = 1.000000000000000000000000000000000m;
}
