using System.Globalization;
using System.Text;

namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>
/// The header spellings of Magister and Somtoday exports (and common hand-made variants) for each
/// <see cref="LasKolom"/>. Headers are compared without case, accents, spaces and punctuation, so
/// "Geb. datum", "geboorte-datum" and "GEBOORTEDATUM" are one header. docs/import-leerlingen.md lists them.
/// </summary>
public static class LasKolommen
{
    /// <summary>The columns a file must have; the others are read when present.</summary>
    public static readonly IReadOnlyList<LasKolom> Verplicht =
    [
        LasKolom.Leerlingnummer, LasKolom.Roepnaam, LasKolom.Achternaam, LasKolom.Geboortedatum,
        LasKolom.Leerweg, LasKolom.Leerjaar, LasKolom.Profiel,
    ];

    /// <summary>Accepted headers per column, as the documentation shows them (first one is the name used in messages).</summary>
    public static readonly IReadOnlyDictionary<LasKolom, IReadOnlyList<string>> Koppen = new Dictionary<LasKolom, IReadOnlyList<string>>
    {
        [LasKolom.Leerlingnummer] = ["leerlingnummer", "leerlingnr", "llnr", "stamnummer", "stamnr", "leerling nummer"],
        [LasKolom.Roepnaam] = ["roepnaam", "voornaam", "voornamen roepnaam"],
        [LasKolom.Tussenvoegsel] = ["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels"],
        [LasKolom.Achternaam] = ["achternaam", "geslachtsnaam", "familienaam", "achternaam zonder tussenvoegsel"],
        [LasKolom.Geboortedatum] = ["geboortedatum", "geb. datum", "geb.datum", "geboorte datum"],
        [LasKolom.Leerweg] = ["leerweg", "niveau", "opleiding"],
        [LasKolom.Leerjaar] = ["leerjaar", "jaarlaag", "studiejaar"],
        [LasKolom.Profiel] = ["profiel", "profielcode", "profiel code", "afdeling"],
        [LasKolom.Klas] = ["klas", "stamgroep", "basisgroep", "stamklas"],
        [LasKolom.Mentor] = ["mentor", "mentoren", "mentor(en)", "naam mentor"],
        [LasKolom.OuderNaam] = ["naam ouder", "ouder naam", "ouder/verzorger", "naam ouder/verzorger", "ouder/verzorger naam", "verzorger", "naam verzorger", "ouder 1 naam", "naam ouder 1"],
        [LasKolom.OuderEmail] = ["e-mail ouder", "email ouder", "e-mailadres ouder", "emailadres ouder", "ouder e-mail", "ouder email", "e-mail ouder/verzorger", "e-mail verzorger", "ouder 1 e-mail", "e-mail ouder 1"],
        [LasKolom.OuderTelefoon] = ["telefoon ouder", "telefoonnummer ouder", "mobiel ouder", "ouder telefoon", "telefoon ouder/verzorger", "telefoon verzorger", "ouder 1 telefoon", "telefoon ouder 1"],
    };

    // Several spellings normalise to one key ("geb. datum", "geb.datum"): distinct first.
    private static readonly Dictionary<string, LasKolom> BijKop = Koppen
        .SelectMany(k => k.Value.Select(kop => (Kop: Normaliseer(kop), k.Key)))
        .DistinctBy(k => k.Kop)
        .ToDictionary(k => k.Kop, k => k.Key);

    /// <summary>The name of a column in messages: "geboortedatum".</summary>
    public static string Naam(LasKolom kolom) => Koppen[kolom][0];

    /// <summary>The column a header names, or null for a column Leerwerk does not read.</summary>
    public static LasKolom? Herken(string? kop) =>
        kop is not null && BijKop.TryGetValue(Normaliseer(kop), out var kolom) ? kolom : null;

    /// <summary>Lower case letters and digits only, accents removed: "Geb. Datum" → "gebdatum".</summary>
    public static string Normaliseer(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var result = new StringBuilder(tekst.Length);
        foreach (var c in tekst.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }
}
