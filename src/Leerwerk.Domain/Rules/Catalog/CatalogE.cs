using static Leerwerk.Domain.Rules.Catalog.Places;

namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>Area E of RULES.md: the out-of-school practical part (stage).</summary>
internal static class CatalogE
{
    public static readonly RuleDefinition[] Rules =
    [
        new("E1", "E", RuleKind.Moet,
            "Het buitenschoolse praktijkgedeelte omvat ten minste 640 klokuren, verzorgd in ten minste 80 dagen, van de gezamenlijke onderwijstijd van leerjaar 3 en 4.",
            Laws.Wvo("2.38", "9", "10b1 lid 1"), [StageUrenScherm, Leerlingdossier, Controleer]),
        new("E2", "E", RuleKind.Moet,
            "Het buitenschoolse praktijkgedeelte omvat ten hoogste 1280 klokuren, verzorgd in ten hoogste 160 dagen, van de gezamenlijke onderwijstijd van leerjaar 3 en 4.",
            Laws.Wvo("2.38", "9", "10b1 lid 1"), [StageUrenScherm, Leerwerkovereenkomst, Controleer]),
        new("E3", "E", RuleKind.Advies,
            "Plan in de praktijk 640 uur stage in elk schooljaar, zoals de infographic van de brochure de wet leest; 640 uur in 80 dagen is twee dagen van 8 uur per week, 1280 uur in 160 dagen is vier dagen per week.",
            Laws.Brochure("§05 en bijlage 03", Laws.Wvo2020, "2.38"), [StageUrenScherm]),
        new("E4", "E", RuleKind.Moet,
            "Alleen de stage bij het leerbedrijf telt mee voor het buitenschoolse praktijkgedeelte; beroepspraktijkvorming (bpv) in het mbo is iets anders en telt niet mee.",
            Laws.Brochure("§05", Laws.Wvo2020, "2.103"), [StageUrenScherm]),
        new("E5", "E", RuleKind.Moet,
            "Alleen een bedrijf of organisatie met een erkenning van SBB voor het leer-werktraject (voor het profiel van de leerling) mag de stage verzorgen; niet elk door SBB erkend leerbedrijf heeft die erkenning.",
            Laws.Wvo("2.105", "3", "10b4 lid 8"), [Leerbedrijf, Leerwerkovereenkomst, StageUrenScherm, Controleer]),
        new("E6", "E", RuleKind.Moet,
            "Voordat de stage begint is er een leer-werkovereenkomst, ondertekend door het bevoegd gezag van de school, de leerling of (bij een minderjarige) zijn ouders of wettelijk vertegenwoordigers, en het leerbedrijf.",
            Laws.Wvo("2.103", "6", "10b3 lid 1"), [Leerwerkovereenkomst, StageUrenScherm, Controleer]),
        new("E7", "E", RuleKind.Moet,
            "De leer-werkovereenkomst legt ten minste vast: inhoud, leerdoelen, duur, periode en beoordelingsmaatstaven van de stage; de begeleiding van de leerling; en wanneer en hoe de overeenkomst voortijdig kan worden beëindigd.",
            Laws.UbArt("2.65", null, "WVO art. 10b3 lid 2"), [Leerwerkovereenkomst, Controleer]),
        new("E8", "E", RuleKind.Moet,
            "De school legt vast hoe de begeleiding op school en in het bedrijf is georganiseerd en wat de stage inhoudt; de stage omvat niet uitsluitend eenzijdige productie-arbeid (geen goedkope arbeidskracht voor routinewerk).",
            Laws.Wvo("2.103", "5 en 6", "10b2"), [Leerwerkovereenkomst, Programma])
        {
            Period = Laws.SinceWvo2020,
        },
        new("E9", "E", RuleKind.Moet,
            "De school zorgt voor een gekwalificeerde mentor of docentbegeleider, die de voortgang op de leerwerkplek bewaakt en ook de samenhang tussen het leren op school en buiten school.",
            Laws.UbArt("2.64", "2", "WVO art. 10b6 lid 2"), [Leerwerkovereenkomst, Leerlingdossier, Controleer]),
        new("E10", "E", RuleKind.Moet,
            "Het leerbedrijf begeleidt de leerling via een gekwalificeerde praktijkbegeleider of leermeester en houdt contact met de mentor of docentbegeleider van de school.",
            Laws.Both(Laws.UbArt("2.64", "1 sub c, d en f", "WVO art. 10b6 lid 1"), Laws.Wvo("2.105", "1", "10b4 lid 1")),
            [Leerbedrijf, Leerwerkovereenkomst]),
        new("E11", "E", RuleKind.Moet,
            "Blijkt na het sluiten van de leer-werkovereenkomst dat de praktijkplaats niet (volledig) beschikbaar is, de begeleiding tekortschiet of de stage om een andere reden niet naar behoren kan doorgaan, dan draagt de school er zorg voor dat er een toereikende voorziening komt, na overleg met SBB.",
            Laws.Wvo("2.107", null, "10b4 lid 6"), [Leerwerkovereenkomst, Leerbedrijf, Controleer])
        {
            Period = Laws.SinceWvo2020,
        },
        new("E12", "E", RuleKind.Advies,
            "Werkwijze (Elde College): in leerjaar 3 drie periodes van zes weken één ochtend per week stage, waarvan er twee voldoende moeten zijn, en vanaf halverwege het jaar een volle dag per week in de eigen beroepsrichting. In leerjaar 4 twee dagen per week, vanaf januari drie als het goed gaat; zoek een bedrijf waar de leerling na het diploma kan blijven (bbl).",
            Laws.Brochure("praktijkvoorbeeld Elde College", Laws.Wvo2020, "2.38"), [StageUrenScherm, Leerwerkovereenkomst]),
    ];

    /// <summary>Versions that were the law before WVO 2020 and differ in content from the current ones.</summary>
    public static readonly RuleDefinition[] Earlier =
    [
        new("E8", "E", RuleKind.Moet,
            "De school legt vast hoe de begeleiding op school en in het bedrijf is georganiseerd en wat de stage inhoudt, en waarborgt daarbij dat de leerling niet uitsluitend eenzijdige productie-arbeid verricht.",
            Laws.OldWvoArt("10b2"), [Leerwerkovereenkomst, Programma])
        {
            Period = Laws.BeforeWvo2020,
        },
        new("E11", "E", RuleKind.Moet,
            "Blijkt na het sluiten van de leer-werkovereenkomst dat de praktijkplaats niet (volledig) beschikbaar is of de begeleiding tekortschiet, dan bevordert de school, na overleg met SBB, dat er een toereikende vervangende voorziening komt.",
            Laws.OldWvoArt("10b4", "6"), [Leerwerkovereenkomst, Leerbedrijf, Controleer])
        {
            Period = Laws.BeforeWvo2020,
        },
    ];
}
