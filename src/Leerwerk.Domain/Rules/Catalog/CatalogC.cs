using static Leerwerk.Domain.Rules.Catalog.Places;

namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>Area C of RULES.md: the programme.</summary>
internal static class CatalogC
{
    public static readonly RuleDefinition[] Rules =
    [
        new("C1", "C", RuleKind.Moet,
            "Een leer-werktraject omvat in elk geval het vak Nederlandse taal.",
            Laws.Wvo("2.103", "4", "10b1 lid 2 sub a"), [Programma, Controleer]),
        new("C2", "C", RuleKind.Moet,
            "Een leer-werktraject omvat een beroepsgericht programma: het profielvak en vier beroepsgerichte keuzevakken, met loopbaanoriëntatie en -begeleiding (LOB).",
            Laws.Both(Laws.UbArt("3.5", "1 en 4"), Laws.Wvo("2.103", "4", "10b1 lid 2 sub b")),
            [Programma, Controleer]),
        new("C3", "C", RuleKind.Mag,
            "De school mag na overleg met de leerling of zijn ouders andere vakken van de bb aan het leer-werktraject toevoegen: helemaal (dan met PTA, schoolexamen en centraal examen) of gedeeltelijk (dan zonder schoolexamen, centraal examen of PTA).",
            Laws.Both(Laws.UbArt("3.5", "5"), Laws.Wvo("2.103", "4", "10b1 lid 3")), [Programma]),
        new("C4", "C", RuleKind.Mag,
            "De school mag een maatschappelijke stage in het leer-werktraject opnemen, als die deel uitmaakt van het onderwijsprogramma.",
            Laws.Wvo("2.32", "1", "10b1 lid 4"), [Programma]),
        new("C5", "C", RuleKind.Mag,
            "De leerling mag elk beroepsgericht keuzevak kiezen dat de school aanbiedt, ook een keuzevak dat niet bij zijn profiel hoort; ook profielmodulen mogen als keuzevak worden gekozen.",
            Laws.Brochure("§04", Laws.Ub, "3.5"), [Programma]),
        new("C6", "C", RuleKind.Moet,
            "Onder de beroepsgerichte keuzevakken tellen ten hoogste twee profielmodulen uit eenzelfde ander profiel.",
            Laws.Brochure("§04 en SLO-handreiking keuzevakken; de ministeriële regeling met deze regel is niet gevonden", Laws.Ub, "3.5"),
            [Programma, Controleer]),
        new("C7", "C", RuleKind.Mag,
            "De school mag een keuzevak helemaal of deels buiten school laten volgen, bijvoorbeeld in het leerbedrijf; de docent blijft verantwoordelijk voor toetsing en afsluiting volgens het PTA.",
            Laws.Brochure("§04", Laws.Ub, "3.5"), [Programma, Leerwerkovereenkomst]),
        new("C8", "C", RuleKind.Moet,
            "De leerling legt het schoolexamen rekenen af, tenzij hij examen doet in wiskunde; er geldt geen minimumcijfer, maar zonder dit schoolexamen is het examen onvolledig.",
            Laws.UbArt("10.3", "1, 4 en 8"), ["Uitslag berekenen", "leerwerk uitslag", "Programma"]),
        new("C9", "C", RuleKind.Mag,
            "De school mag zelf bepalen of leerlingen in een leer-werktraject maatschappijleer, kunst (KV1) en lichamelijke opvoeding volgen; een examen of een cijfer op de eindlijst is voor deze vakken niet nodig.",
            Laws.Brochure("§04", Laws.Wvo2020, "2.103"), [Programma, UitslagBerekenen]),
        new("C10", "C", RuleKind.Mag,
            "De school mag een leer-werktraject zonder wiskunde aanbieden: sinds 2020 kan de leerling ook zonder wiskunde naar elke mbo-opleiding op niveau 2.",
            Laws.Brochure("§04", Laws.Wvo2020, "2.103"), [Programma, DoorstroomScherm]),
        new("C11", "C", RuleKind.Moet,
            "Elke schoolweek in leerjaar 3 en 4 omvat in elk geval binnenschools onderwijs.",
            Laws.Wvo("2.103", "3", "10b1 lid 1"), [Leerwerkovereenkomst, StageUrenScherm, Controleer]),
    ];
}
