namespace Leerwerk.Domain.Profielen;

/// <summary>
/// The national count of LWT students per profiel and leerjaar in school year 2019–2020, the reference column of the
/// Rapportage page. Copied by hand from the brochure "Wat moet en wat mag: leer-werktrajecten" (Stichting Platforms vmbo,
/// 2021), bijlage 05 (the second table after the vakcodetabel of bijlage 04); 1 207 students in all. Data, not a rule:
/// a newer national count replaces these rows and <see cref="Schooljaar"/>.
/// </summary>
public static class LandelijkeTelling
{
    /// <summary>The school year of the count: 2019 for 2019–2020.</summary>
    public const int Schooljaar = 2019;

    public const string Bron = "Wat moet en wat mag: leer-werktrajecten (Stichting Platforms vmbo, 2021), bijlage 05";

    public static readonly IReadOnlyList<ProfielTelling> Rijen =
    [
        new("BWI", 38, 74),
        new("PIE", 45, 74),
        new("MT", 7, 28),
        new("MVI", 0, 1),
        new("EO", 25, 75),
        new("HBR", 21, 37),
        new("ZW", 100, 196),
        new("GR", 83, 148),
        new("MAT", 13, 17),
        new("DP", 103, 122),
    ];

    /// <summary>The national row of a profiel, or null for an unknown code.</summary>
    public static ProfielTelling? Van(string profielCode) =>
        Rijen.FirstOrDefault(r => string.Equals(r.ProfielCode, profielCode, StringComparison.OrdinalIgnoreCase));
}

/// <summary>LWT students of one profiel in leerjaar 3 and 4.</summary>
public sealed record ProfielTelling(string ProfielCode, int Leerjaar3, int Leerjaar4)
{
    public int Totaal => Leerjaar3 + Leerjaar4;
}
