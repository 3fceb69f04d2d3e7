using static Leerwerk.Domain.Rules.Catalog.Places;

namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>Area A of RULES.md: offering an LWT.</summary>
internal static class CatalogA
{
    public static readonly RuleDefinition[] Rules =
    [
        new("A1", "A", RuleKind.Moet,
            "Een leer-werktraject bestaat alleen binnen de basisberoepsgerichte leerweg (bb); de kaderberoepsgerichte, de gemengde en de theoretische leerweg kennen geen leer-werktraject.",
            Laws.Wvo("2.103", "1", "10b1 lid 1"), [Leerlingdossier, RouteAdvies, Controleer]),
        new("A2", "A", RuleKind.Mag,
            "De school mag een leer-werktraject aanbieden zodra zij de basisberoepsgerichte leerweg aanbiedt: daarvoor is geen toestemming van OCW nodig en hoeft het traject nergens te worden aangemeld.",
            Laws.Brochure("§02", Laws.Wvo2020, "2.103"), [Regels]),
        new("A3", "A", RuleKind.Moet,
            "In de bovenbouw mag de school een leer-werktraject alleen aanbieden op grond van een samenwerkingsovereenkomst met het bevoegd gezag van een mbo-instelling die een basisberoepsopleiding (mbo niveau 2) verzorgt.",
            Laws.Wvo("2.104", "1", "10b7 lid 1"), [Samenwerkingsovereenkomst, Leerlingdossier, Controleer])
        {
            Period = Laws.SinceWvo2020,
        },
        new("A4", "A", RuleKind.Moet,
            "De samenwerkingsovereenkomst voorziet ten minste in een doorlopende leerweg tot en met de basisberoepsopleiding; vmbo-school en mbo-instelling zijn samen verantwoordelijk tot de leerling een startkwalificatie heeft.",
            Laws.Both(Laws.Brochure("§03", Laws.Wvo2020, "2.104"), Laws.Wvo("2.104", "2", "10b7 lid 2")),
            [Samenwerkingsovereenkomst]),
        new("A5", "A", RuleKind.Mag,
            "De school mag samenwerkingsovereenkomsten sluiten met meer mbo-instellingen, en een mbo-instelling met meer scholen; de wet schrijft de inhoud van de overeenkomst verder niet voor.",
            Laws.Brochure("§02", Laws.Wvo2020, "2.104"), [Samenwerkingsovereenkomst]),
        new("A6", "A", RuleKind.Mag,
            "De school mag een leer-werktraject aanbieden in elk profiel, ook in Dienstverlening en producten (D&P).",
            Laws.Brochure("§03", Laws.Wvo2020, "2.103"), [Programma, Leerlingdossier]),
        new("A7", "A", RuleKind.Moet,
            "Een leerling in een leer-werktraject wordt geregistreerd met de LWT-vakcode van zijn profiel (bijvoorbeeld 7011 voor BWI), niet met de gewone vakcode.",
            Laws.Brochure("§02 en bijlage 04 (vakcodetabel); in de wet zelf is geen regel over LWT-vakcodes gevonden", Laws.Ub, "2.68"),
            [Leerlingdossier, Controleer]),
        new("A8", "A", RuleKind.Advies,
            "Leg de samenwerking met de mbo-instelling schriftelijk vast, zodat zij blijft bestaan als de mensen die haar opzetten vertrekken; het model in bijlage 02 van de brochure is een goed startpunt.",
            Laws.Brochure("interview Cock Wielaard, tip 2", Laws.Wvo2020, "2.104"), [Samenwerkingsovereenkomst]),
        new("A9", "A", RuleKind.Mag,
            "De school mag met de mbo-instelling afspreken dat mogelijkheden van de Wet doorlopende leerroutes (het examen spreiden, de geïntegreerde route, teambevoegdheid, een gezamenlijk PTA en OER) ook in het leer-werktraject gelden; zonder zo'n afspraak gelden ze niet voor een leer-werktraject.",
            Laws.Brochure("§02", Laws.Wvo2020, "2.107a"), [Samenwerkingsovereenkomst]),
    ];

    /// <summary>Versions that were the law before WVO 2020 and differ in content from the current ones.</summary>
    public static readonly RuleDefinition[] Earlier =
    [
        new("A3", "A", RuleKind.Moet,
            "In de bovenbouw mag de school een leer-werktraject alleen aanbieden op grond van een samenwerkingsovereenkomst met het bevoegd gezag van een roc of aoc, voor zover daar een basisberoepsopleiding (mbo niveau 2) wordt verzorgd.",
            Laws.OldWvoArt("10b7", "1"), [Samenwerkingsovereenkomst, Leerlingdossier, Controleer])
        {
            Period = Laws.BeforeWvo2020,
        },
    ];
}
