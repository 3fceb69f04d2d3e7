using System.Globalization;

namespace Leerwerk.Domain;

/// <summary>The nl-NL culture, used for every string a user reads: decimal commas and Dutch dates.</summary>
public static class Nl
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A date as Dutch readers write it: "1 september 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>A decimal with a comma and no needless trailing zeros: 7.5 → "7,5", 640 → "640".</summary>
    public static string Number(decimal value) => value.ToString("0.##", Culture);
}
