using System.Globalization;

namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>Reads the cell values of a LAS export: Dutch dates, leerwegen as LAS systems spell them, whole leerjaren.</summary>
public static class LasWaarden
{
    private static readonly Dictionary<string, Leerweg> Leerwegen = new(StringComparer.Ordinal)
    {
        ["bb"] = Leerweg.Bb,
        ["basis"] = Leerweg.Bb,
        ["basisberoepsgericht"] = Leerweg.Bb,
        ["basisberoepsgerichteleerweg"] = Leerweg.Bb,
        ["vmbobb"] = Leerweg.Bb,
        ["vmbob"] = Leerweg.Bb,
        ["bblwt"] = Leerweg.Bb,
        ["vmbobblwt"] = Leerweg.Bb,
        ["bbl"] = Leerweg.Bb,
        ["vmbobbl"] = Leerweg.Bb,
        ["kb"] = Leerweg.Kb,
        ["kader"] = Leerweg.Kb,
        ["kaderberoepsgericht"] = Leerweg.Kb,
        ["kaderberoepsgerichteleerweg"] = Leerweg.Kb,
        ["vmbokb"] = Leerweg.Kb,
        ["vmbok"] = Leerweg.Kb,
        ["kbl"] = Leerweg.Kb,
        ["vmbokbl"] = Leerweg.Kb,
        ["gl"] = Leerweg.Gl,
        ["gemengd"] = Leerweg.Gl,
        ["gemengdeleerweg"] = Leerweg.Gl,
        ["vmbogl"] = Leerweg.Gl,
        ["vmbog"] = Leerweg.Gl,
        ["tl"] = Leerweg.Tl,
        ["theoretisch"] = Leerweg.Tl,
        ["theoretischeleerweg"] = Leerweg.Tl,
        ["vmbotl"] = Leerweg.Tl,
        ["vmbot"] = Leerweg.Tl,
        ["mavo"] = Leerweg.Tl,
    };

    /// <summary>A date as every import reads one (<see cref="ImportDates"/>); null when it is not a real date.</summary>
    public static DateOnly? Datum(string tekst) => ImportDates.TryParse(tekst, out var datum) ? datum : null;

    /// <summary>"BB", "basis", "vmbo-b", "Basisberoepsgerichte leerweg", "BB-LWT" … ; null when unknown.</summary>
    public static Leerweg? LeerwegVan(string tekst) =>
        Leerwegen.TryGetValue(LasKolommen.Normaliseer(tekst), out var leerweg) ? leerweg : null;

    /// <summary>A whole leerjaar 1–6; "3", "3,0" (a decimal comma) and "3.0" are all 3. Null otherwise.</summary>
    public static int? Leerjaar(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var trimmed = tekst.Trim().Replace(',', '.');
        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var getal)
            || getal != decimal.Truncate(getal) || getal is < 1 or > 6)
        {
            return null;
        }

        return (int)getal;
    }
}
