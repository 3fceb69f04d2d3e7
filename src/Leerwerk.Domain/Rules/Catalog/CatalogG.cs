using static Leerwerk.Domain.Rules.Catalog.Places;

namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>
/// Area G of RULES.md: the model samenwerkingsovereenkomst in bijlage 02 of the brochure. All advice:
/// the law (WVO 2020 art. 2.104) requires the agreement but does not prescribe its content.
/// </summary>
internal static class CatalogG
{
    private static LegalCitation ModelArticle(string article) =>
        Laws.Brochure($"bijlage 02 (model samenwerkingsovereenkomst) art. {article}", Laws.Wvo2020, "2.104");

    public static readonly RuleDefinition[] Rules =
    [
        new("G1", "G", RuleKind.Advies,
            "Sluit de samenwerkingsovereenkomst tussen het bevoegd gezag van de vmbo-school en dat van de mbo-instelling, en omschrijf daarin wat een verwante basisberoepsopleiding en een maatwerktraject zijn.",
            ModelArticle("1"), [Samenwerkingsovereenkomst]),
        new("G2", "G", RuleKind.Advies,
            "Spreek als doel af: programmatische afstemming en samenwerking vanaf de start van het leer-werktraject tot de startkwalificatie, waar mogelijk samen onderwijzen, begeleiden en examineren, en de leerlingen samen volgen.",
            ModelArticle("2–3"), [Samenwerkingsovereenkomst]),
        new("G3", "G", RuleKind.Advies,
            "Leg vast dat een toegelaten leerling die het leer-werktraject haalt een diploma krijgt dat toegang geeft tot de verwante basisberoepsopleiding, en dat beide partijen dit aan de leerling garanderen.",
            ModelArticle("4–5"), [Samenwerkingsovereenkomst, DoorstroomScherm]),
        new("G4", "G", RuleKind.Advies,
            "Verdeel budget en middelen naar verhouding van ieders inzet, en leg er verantwoording over af volgens de richtlijnen van OCW.",
            ModelArticle("6"), [Samenwerkingsovereenkomst]),
        new("G5", "G", RuleKind.Advies,
            "Laat de overeenkomst lopen zolang de leer-werktrajecten duren plus de vervolgopleiding in de verwante basisberoepsopleiding; opzeggen kan met een termijn van zes maanden, en de overeenkomst eindigt direct bij surseance van betaling of faillissement van een partij.",
            ModelArticle("7"), [Samenwerkingsovereenkomst]),
    ];
}
