using static Leerwerk.Domain.Rules.Catalog.Places;

namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>Area B of RULES.md: starting an LWT, and the onderbouw.</summary>
internal static class CatalogB
{
    public static readonly RuleDefinition[] Rules =
    [
        new("B1", "B", RuleKind.Mag,
            "De school mag samen met de leerling en de ouders bepalen wanneer het leer-werktraject begint: al in de onderbouw, bij het begin of in de loop van leerjaar 3, of bij het begin van leerjaar 4.",
            Laws.Brochure("§02", Laws.Wvo2020, "2.103"), [RouteAdvies, Leerlingdossier]),
        new("B2", "B", RuleKind.Moet,
            "Een start is niet mogelijk als er tot het examen te weinig tijd overblijft om de minimale 640 klokuren buitenschools praktijkgedeelte (E1) te halen.",
            Laws.Both(Laws.Brochure("§02", Laws.Wvo2020, "2.38"), Laws.Wvo("2.38", "9", "10b1 lid 1")),
            [RouteAdvies, StageUrenScherm, Controleer]),
        new("B3", "B", RuleKind.Advies,
            "Neem uiterlijk bij het begin van leerjaar 4 een besluit over het leer-werktraject, en laat de leerling al in leerjaar 3 stage lopen om aan de vereiste stage-uren te komen.",
            Laws.Brochure("interview Cock Wielaard, tip 1", Laws.Wvo2020, "2.38"), [RouteAdvies, StageUrenScherm]),
        new("B4", "B", RuleKind.Moet,
            "Voor een leerling voor wie de school een leer-werktraject het meest geschikt vindt, verzorgt de school in leerjaar 1 en 2 samen ten minste 1425 klokuren onderwijs op basis van kerndoelen; dat samenstel hoeft niet alle kerndoelen te omvatten.",
            Laws.Both(Laws.Wvo("2.103", "8"), Laws.Wvo("2.38", "6", "11d lid 3 sub b")),
            [Leerlingdossier, Programma])
        {
            Period = Laws.SinceWvo2020,
        },
        new("B5", "B", RuleKind.Mag,
            "De school mag in de onderbouw, na overleg met de ouders, al ontheffing geven voor onderdelen van het algemeen vormende programma; zij stelt dan vast welk onderwijs daarvoor in de plaats komt.",
            Laws.Both(Laws.UbArt("2.2"), Laws.Wvo("2.18", "1–3", "11d lid 1–2")),
            [Programma, Leerlingdossier]),
        new("B6", "B", RuleKind.Moet,
            "Het buitenschoolse praktijkgedeelte vindt alleen in de bovenbouw plaats, in leerjaar 3 en 4.",
            Laws.Both(Laws.Brochure("§02", Laws.Wvo2020, "2.38"), Laws.Wvo("2.38", "9", "10b1 lid 1")),
            [StageUrenScherm, Leerwerkovereenkomst, Controleer]),
        new("B7", "B", RuleKind.Advies,
            "Werkwijze bij de intake (Elde College): signaleer bij het kerstrapport van leerjaar 2, meld aan bij het volgende rapport, geef voorlichting aan leerling en ouders, vraag een kandidaatstellingsbrief die leerling en ouders ondertekenen, en voer een intakegesprek en een gesprek met de mentor. Laat toe als de leerling stagevaardig is of kan worden, een voldoende voor Nederlands en de beroepsgerichte vakken haalbaar is en hij een beeld heeft van de beroepsrichting; een afgewezen leerling krijgt extra ondersteuning in bb leerjaar 3 of een verwijzing naar praktijkonderwijs of speciaal onderwijs.",
            Laws.Brochure("praktijkvoorbeeld Elde College", Laws.Wvo2020, "2.103"), [RouteAdvies, IntakeScherm, Leerlingdossier, Controleer]),
        new("B8", "B", RuleKind.Advies,
            "Laat een toelatingscommissie van de vmbo-school over de toelating tot het leer-werktraject beslissen, volgens criteria die met de mbo-instelling zijn afgesproken.",
            Laws.Brochure("bijlage 02 (model samenwerkingsovereenkomst) art. 3 lid 1", Laws.Wvo2020, "2.104"),
            [RouteAdvies, Samenwerkingsovereenkomst, IntakeScherm, Leerlingdossier, Controleer]),
    ];

    /// <summary>Versions that were the law before WVO 2020 and differ in content from the current ones.</summary>
    public static readonly RuleDefinition[] Earlier =
    [
        new("B4", "B", RuleKind.Moet,
            "Voor een leerling voor wie de school een leer-werktraject het meest geschikt vindt, verzorgt de school in leerjaar 1 en 2 samen ten minste 1425 uren onderwijs op basis van kerndoelen.",
            Laws.OldWvoArt("11d", "3 sub b"), [Leerlingdossier, Programma])
        {
            Period = Laws.BeforeWvo2020,
        },
    ];
}
