using System.Globalization;

namespace Leerwerk.Domain.Examens;

/// <summary>
/// Reads a grade as a person or a LAS export writes it ("6,4", "6.4", "7") and checks it against UB WVO 2020 art. 3.13:
/// 1,0–10,0, one decimal, and for the SE of a subject without CE (the unrounded PTA average) up to two. One reader for
/// grade entry on screen and the LAS grade import, so both refuse the same grades with the same Dutch words.
/// </summary>
public static class CijferTekst
{
    public const decimal Laagste = 1.0m;
    public const decimal Hoogste = 10.0m;

    /// <summary>How many decimals the grade may have: two only for the SE of a subject without CE.</summary>
    public static int Decimalen(VakSoort soort, VakCijfer cijfer) =>
        cijfer == VakCijfer.Se && !KandidaatVak.MetCe(soort) ? 2 : 1;

    /// <summary>
    /// The grade, null for an empty text, or the Dutch reason it is refused (without the field's name, which the
    /// caller puts in front): not a number, outside 1,0–10,0, too many decimals, or a CE for a subject without CE.
    /// </summary>
    public static (decimal? Waarde, string? Fout) Lees(string? tekst, VakSoort soort, VakCijfer cijfer)
    {
        var waarde = tekst?.Trim() ?? "";
        if (waarde.Length == 0)
        {
            return (null, null);
        }

        if (!decimal.TryParse(waarde.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var getal))
        {
            return (null, $"‘{waarde}’ is geen cijfer; schrijf bijvoorbeeld 6,4.");
        }

        if (cijfer != VakCijfer.Se && !KandidaatVak.MetCe(soort))
        {
            return (null, "dit vak heeft geen centraal examen, dus geen CE-cijfer.");
        }

        if (getal is < Laagste or > Hoogste)
        {
            return (null, $"{getal.ToString(Nl.Culture)} ligt buiten 1,0–10,0.");
        }

        var decimalen = Decimalen(soort, cijfer);
        if (!Afronding.HeeftHoogstens(getal, decimalen))
        {
            return (null, $"{getal.ToString(Nl.Culture)} heeft meer dan {(decimalen == 1 ? "één decimaal" : "twee decimalen")}.");
        }

        return (getal, null);
    }

    /// <summary>A stored grade as the entry form shows it: "6,4", "7" (no trailing zeros whatever the provider's scale).</summary>
    public static string Toon(decimal? waarde) => waarde is { } w ? Nl.Number(w) : "";

    /// <summary>The Dutch name of a grade in messages and headings.</summary>
    public static string Naam(VakCijfer cijfer) => cijfer switch
    {
        VakCijfer.Se => "SE",
        VakCijfer.Ce => "CE",
        _ => "CE-herkansing",
    };
}
