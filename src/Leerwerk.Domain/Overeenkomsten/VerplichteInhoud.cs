namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The content a leer-werkovereenkomst must set (UB WVO 2020 art. 2.65; rule E7): the content, learning goals,
/// duration, period and assessment criteria of the stage, the guidance, and when and how it can be ended early.
/// Read by the rule E7 and by <see cref="Levensloop"/> (a concept goes out for signing only when complete).
/// </summary>
public static class VerplichteInhoud
{
    /// <summary>The mandatory parts the agreement lacks, in Dutch; empty when complete.</summary>
    public static IReadOnlyList<string> Missing(Leerwerkovereenkomst plaatsing)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        var missing = new List<string>();
        Require(missing, plaatsing.Inhoud, "de inhoud");
        Require(missing, plaatsing.Leerdoelen, "de leerdoelen");
        if (plaatsing.PlannedHours <= 0)
        {
            missing.Add("de duur (aantal uren)");
        }

        if (plaatsing.StartDate >= plaatsing.EndDate)
        {
            missing.Add("de periode (einddatum na de startdatum)");
        }

        Require(missing, plaatsing.Beoordelingsmaatstaven, "de beoordelingsmaatstaven");
        Require(missing, plaatsing.Begeleiding, "de begeleiding");
        Require(missing, plaatsing.VoortijdigeBeeindiging, "de voortijdige beëindiging");
        return missing;
    }

    private static void Require(List<string> missing, string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            missing.Add(name);
        }
    }
}
