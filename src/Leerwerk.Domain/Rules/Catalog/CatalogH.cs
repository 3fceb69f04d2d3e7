using static Leerwerk.Domain.Rules.Catalog.Places;

namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>Area H of RULES.md: doorstroom to the mbo.</summary>
internal static class CatalogH
{
    public static readonly RuleDefinition[] Rules =
    [
        new("H1", "H", RuleKind.Moet,
            "Een diploma basisberoepsgerichte leerweg/leer-werktraject geeft toegang tot mbo niveau 2 (de basisberoepsopleiding) en niet tot de entreeopleiding (niveau 1).",
            Laws.Brochure("§03", Laws.Wvo2020, "2.103"), [DoorstroomScherm, RouteAdvies]),
        new("H2", "H", RuleKind.Mag,
            "De leerling mag in het mbo kiezen voor de bol of de bbl; de bbl ligt voor de hand, maar is niet verplicht.",
            Laws.Brochure("§03", Laws.Wvo2020, "2.104"), [DoorstroomScherm]),
        new("H3", "H", RuleKind.Mag,
            "De leerling mag doorstromen naar een mbo-opleiding die niet verwant is, en de samenwerkingsovereenkomst hoeft geen crebo per profiel vast te leggen; wie niet-verwant doorstroomt, begint in het mbo wel vanaf het begin.",
            Laws.Brochure("§03", Laws.Wvo2020, "2.104"), [DoorstroomScherm, Samenwerkingsovereenkomst]),
        new("H4", "H", RuleKind.Mag,
            "Ook als school en mbo-instelling niet samenwerken, mag de leerling met een diploma van het leer-werktraject naar mbo niveau 2: het diploma geeft daar toelating toe.",
            Laws.Brochure("§02", Laws.Wvo2020, "2.104"), [DoorstroomScherm]),
        new("H5", "H", RuleKind.Mag,
            "De mbo-instelling mag onderdelen van haar opleiding vrijstellen als de leerling die volgens afspraak al in het vmbo deed, bijvoorbeeld keuzevakken die samen met mbo-docenten zijn beoordeeld; voor Nederlands houdt het mbo zijn eigen plicht.",
            Laws.Brochure("§03", Laws.Wvo2020, "2.104"), [DoorstroomScherm, Samenwerkingsovereenkomst]),
    ];
}
