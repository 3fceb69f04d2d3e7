using static Leerwerk.Domain.Rules.Catalog.Places;

namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>Area F of RULES.md: leerbedrijven and their recognition by SBB.</summary>
internal static class CatalogF
{
    public static readonly RuleDefinition[] Rules =
    [
        new("F1", "F", RuleKind.Moet,
            "SBB beoordeelt elk leerbedrijf eens in de vier jaar (vaker als daar aanleiding voor is) aan de hand van de kwaliteitseisen (F3); bij een gunstige beoordeling wordt de erkenning verleend of gehandhaafd, en een bedrijf dat niet aan de kwaliteitseisen voldoet krijgt geen erkenning of verliest haar.",
            Laws.Wvo("2.105", "2, 4 en 5", "10b4 lid 2–3"), [Leerbedrijf, Controleer])
        {
            Period = Laws.SinceWvo2020,
        },
        new("F2", "F", RuleKind.Moet,
            "De erkenning vervalt van rechtswege als het leerbedrijf vier jaar achter elkaar geen buitenschools praktijkgedeelte heeft verzorgd.",
            Laws.Wvo("2.105", "7", "10b4 lid 5"), [Leerbedrijf, Controleer]),
        new("F3", "F", RuleKind.Moet,
            "Een leerbedrijf voldoet aan de kwaliteitseisen a tot en met k: de praktijkopdrachten van de school kunnen er echt worden uitgevoerd, elke opdracht in een bedrijf; er is een gekwalificeerde praktijkbegeleider of leermeester die de leerling beoordeelt en begeleidt, aan elke leerling gekoppeld is en zorgt voor genoeg hulp en tijd; het bedrijf houdt contact met de mentor; en de leerling kan er zonder grote overgangsdrempels de doelen van het vmbo en de entree- of basisberoepsopleiding halen. Het werk is technisch en organisatorisch gevarieerd en past in de dagelijkse bedrijfsvoering; het bedrijf laat de leerling de opdrachten uitvoeren en bespreekt en beoordeelt het werk en het stageverslag, is geschikt voor de leeftijdsgroep (ruimte om te leren en fouten te maken) en respecteert het multiculturele karakter van de leerlingen.",
            Laws.UbArt("2.64", "1 sub a–k", "WVO art. 10b6 lid 1"), [Leerbedrijf, Leerlingdossier, Controleer]),
        new("F4", "F", RuleKind.Moet,
            "Alleen erkende bedrijven en organisaties mogen het buitenschoolse praktijkgedeelte verzorgen; SBB maakt een actueel overzicht van de erkende bedrijven openbaar, per vmbo-profiel.",
            Laws.Wvo("2.105", "3 en 8", "10b4 lid 7–8"), [Leerbedrijf, Leerwerkovereenkomst, Controleer])
        {
            Period = Laws.SinceWvo2020,
        },
    ];

    /// <summary>Versions that were the law before WVO 2020 and differ in content from the current ones.</summary>
    public static readonly RuleDefinition[] Earlier =
    [
        new("F1", "F", RuleKind.Moet,
            "SBB beoordeelt elk leerbedrijf eenmaal in de vier jaar (vaker als daar aanleiding voor is) aan de hand van de kwaliteitseisen (F3); bij een gunstige beoordeling wordt de erkenning verleend of gehandhaafd, bij een ongunstige beoordeling geweigerd of ingetrokken.",
            Laws.OldWvoArt("10b4", "2–3"), [Leerbedrijf, Controleer])
        {
            Period = Laws.BeforeWvo2020,
        },
        new("F4", "F", RuleKind.Moet,
            "Alleen erkende bedrijven en organisaties mogen het buitenschoolse praktijkgedeelte verzorgen; SBB maakt een overzicht van de erkende bedrijven openbaar.",
            Laws.OldWvoArt("10b4", "7–8"), [Leerbedrijf, Leerwerkovereenkomst, Controleer])
        {
            Period = Laws.BeforeWvo2020,
        },
    ];
}
