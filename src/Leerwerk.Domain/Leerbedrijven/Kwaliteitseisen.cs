namespace Leerwerk.Domain.Leerbedrijven;

/// <summary>The quality criteria a–k of UB WVO 2020 art. 2.64 lid 1 (old WVO art. 10b6 lid 1), in short Dutch (rule F3).</summary>
public static class Kwaliteitseisen
{
    public static readonly IReadOnlyList<(string Letter, string Text)> All =
    [
        ("a", "De praktijkopdrachten van de school kunnen op de leer-werkplek echt worden uitgevoerd."),
        ("b", "Elke praktijkopdracht kan in een bedrijf of organisatie worden uitgevoerd."),
        ("c", "Er is een gekwalificeerde praktijkbegeleider of leermeester die de leerling beoordeelt en werkinhoudelijk en pedagogisch-didactisch begeleidt."),
        ("d", "Het bedrijf is bereid contact te houden met de mentor of docentbegeleider van de school."),
        ("e", "De leerling kan zonder grote overgangsdrempels de leerdoelen van het vmbo en de eindtermen van de entree- of basisberoepsopleiding halen."),
        ("f", "Aan elke leerling is een gekwalificeerde praktijkbegeleider gekoppeld, die zorgt voor voldoende hulp en tijd."),
        ("g", "Het productie- of dienstverleningsproces is technisch en organisatorisch voldoende gevarieerd."),
        ("h", "De leer-werkplek past binnen de dagelijkse bedrijfsvoering."),
        ("i", "Het bedrijf laat de leerling de praktijkopdrachten uitvoeren en bespreekt en beoordeelt het werk en het stageverslag."),
        ("j", "Het bedrijf is geschikt voor de leeftijdsgroep: ruimte om te leren en fouten te maken."),
        ("k", "Het bedrijf respecteert het multiculturele karakter van de leerlingen."),
    ];

    /// <summary>The latest recorded assessment per letter (by date, then by record), or none for a letter never assessed.</summary>
    public static IReadOnlyDictionary<string, KwaliteitseisBeoordeling> Latest(IEnumerable<KwaliteitseisBeoordeling> beoordelingen)
    {
        ArgumentNullException.ThrowIfNull(beoordelingen);
        return beoordelingen
            .GroupBy(b => b.Letter, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key.ToLowerInvariant(), g => g.OrderBy(b => b.AssessedOn).ThenBy(b => b.Id).Last(), StringComparer.Ordinal);
    }
}
