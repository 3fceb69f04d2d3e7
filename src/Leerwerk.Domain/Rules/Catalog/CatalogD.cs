namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>Area D of RULES.md: the exam and its result.</summary>
internal static class CatalogD
{
    private static readonly string[] Uitslag = ["Uitslag berekenen", "leerwerk uitslag", "Leerlingdossier"];

    public static readonly RuleDefinition[] Rules =
    [
        new("D1", "D", RuleKind.Moet,
            "De leerling doet ten minste examen in Nederlands en het beroepsgerichte programma, volgens het bb-examenprogramma: schoolexamen volgens het PTA plus het centraal examen.",
            Laws.UbArt("3.5", "4"), ["Programma", "leerwerk controleer"]),
        new("D2", "D", RuleKind.Moet,
            "Het profielvak wordt afgesloten met hetzelfde cspe als in de bb; het afnamevenster begint niet vóór 1 april.",
            Laws.UbArt("3.17", "2"), ["Schoolkalender"]),
        new("D3", "D", RuleKind.Mag,
            "Het cspe mag in leerjaar 3 worden afgenomen; de school mag schoolexamens voor het profielvak toevoegen (dan met PTA); een centraal examen uit leerjaar 3 vervalt als de leerling niet wordt bevorderd.",
            new LegalCitation("WVO 2020 art. 2.56 lid 4; Uitvoeringsbesluit WVO 2020 art. 3.36", null, Laws.Article(Laws.Ub, "3.36")),
            Uitslag),
        new("D4", "D", RuleKind.Moet,
            "Geslaagd alleen als het eindcijfer voor Nederlandse taal 6 of hoger is.",
            Laws.UbArt("3.35", "6 sub a", "Eindexamenbesluit VO art. 49 lid 6"), Uitslag),
        new("D5", "D", RuleKind.Moet,
            "Geslaagd alleen als het eindcijfer voor het profielvak 6 of hoger is.",
            Laws.UbArt("3.35", "6 sub b", "Eindexamenbesluit VO art. 49 lid 6"), Uitslag),
        new("D6", "D", RuleKind.Moet,
            "Geslaagd alleen als het combinatiecijfer van de beroepsgerichte keuzevakken 6 of hoger is.",
            Laws.UbArt("3.35", "6 sub c, lid 3 en 5", "Eindexamenbesluit VO art. 49 lid 6"), Uitslag),
        new("D7", "D", RuleKind.Moet,
            "In de gewone bb-regeling heeft elk keuzevak een eindcijfer van ten minste 4. De brochure zegt dat dit ook voor het LWT geldt, de wettekst van lid 6 niet: de uitslag volgt de wet en Leerwerk toont een waarschuwing.",
            Laws.UbArt("3.35", "1 sub d", "Eindexamenbesluit VO art. 49 lid 1 sub d"), Uitslag),
        new("D8", "D", RuleKind.Moet,
            "Vormen de vakken waarin de LWT-kandidaat examen deed samen een volledig bb-eindexamen, dan beslist de gewone bb-regeling (lid 1 en 3).",
            Laws.UbArt("3.35", "6, laatste volzin", "Eindexamenbesluit VO art. 49 lid 6"), Uitslag),
        new("D9", "D", RuleKind.Moet,
            "Een geslaagde LWT-kandidaat krijgt het diploma basisberoepsgerichte leerweg/leer-werktraject.",
            Laws.Wvo("2.58", "2 sub b"), ["Uitslag berekenen", "Doorstroom"]),
    ];
}
