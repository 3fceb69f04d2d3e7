namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>The words of the input format (JSON and CSV) and what they mean; null for a word not in the list.</summary>
internal static class InvoerWaarden
{
    public static UitslagRegeling? Route(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "bb" => UitslagRegeling.Bb,
        "lwt" => UitslagRegeling.Lwt,
        _ => null,
    };

    public static VakSoort? Soort(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "nederlands" => VakSoort.Nederlands,
        "engels" => VakSoort.Engels,
        "maatschappijleer" => VakSoort.Maatschappijleer,
        "wiskunde" => VakSoort.Wiskunde,
        "avo" => VakSoort.Avo,
        "profielvak" => VakSoort.Profielvak,
        "keuzevak" => VakSoort.Keuzevak,
        "rekenen" => VakSoort.Rekenen,
        _ => null,
    };

    /// <summary>The part; (true, null) for an absent part, (false, null) for an unknown word.</summary>
    public static (bool Bekend, VakDeel? Deel) Deel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => (true, null),
        "gemeenschappelijk" => (true, VakDeel.Gemeenschappelijk),
        "profieldeel" => (true, VakDeel.Profieldeel),
        "vrij" => (true, VakDeel.Vrij),
        "extra" => (true, VakDeel.Extra),
        _ => (false, null),
    };

    /// <summary>A rating; (true, null) for none. LAS exports often write G, V or O.</summary>
    public static (bool Bekend, Beoordeling? Beoordeling) Beoordeling(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => (true, null),
        "goed" or "g" => (true, Examens.Beoordeling.Goed),
        "voldoende" or "v" => (true, Examens.Beoordeling.Voldoende),
        "onvoldoende" or "o" => (true, Examens.Beoordeling.Onvoldoende),
        _ => (false, null),
    };

    public static string Toegestaan(string veld) => veld switch
    {
        "route" => "bb of lwt",
        "kind" => "nederlands, engels, maatschappijleer, wiskunde, avo, profielvak, keuzevak of rekenen",
        "part" => "gemeenschappelijk, profieldeel, vrij, extra of leeg",
        _ => "goed, voldoende, onvoldoende of leeg",
    };
}
