namespace Leerwerk.Domain.Profielen;

/// <summary>The ten vmbo profielen with their LWT vakcodes (RULES.md table V; brochure bijlage 04).</summary>
public static class Profielen
{
    public static readonly IReadOnlyList<Profiel> All =
    [
        new("BWI", "Bouwen, wonen en interieur", "BWI", 7011),
        new("PIE", "Produceren, installeren en energie", "PIE", 7111),
        new("MT", "Mobiliteit en transport", "M&T", 7211),
        new("MVI", "Media, vormgeving en ict", "MVI", 7311),
        new("EO", "Economie en ondernemen", "E&O", 7411),
        new("HBR", "Horeca, bakkerij en recreatie", "HBR", 7511),
        new("ZW", "Zorg en welzijn", "Z&W", 7611),
        new("GR", "Groen", "Groen", 7711),
        new("MAT", "Maritiem en techniek", "MaT", 7811),
        new("DP", "Dienstverlening en producten", "D&P", 7911),
    ];

    private static readonly Dictionary<string, Profiel> ByCode =
        All.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The profiel with this code, or null when the code is unknown.</summary>
    public static Profiel? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var profiel) ? profiel : null;

    /// <summary>The profiel by code, by afkorting ("Z&amp;W") or by LWT vakcode ("7611"), as LAS exports spell it.</summary>
    public static Profiel? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return Find(trimmed)
            ?? All.FirstOrDefault(p => string.Equals(p.Afkorting, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Name, trimmed, StringComparison.OrdinalIgnoreCase)
                || p.LwtVakcode.ToString(Nl.Culture) == trimmed);
    }
}
