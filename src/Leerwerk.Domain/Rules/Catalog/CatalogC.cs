namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>Area C of RULES.md: the programme.</summary>
internal static class CatalogC
{
    public static readonly RuleDefinition[] Rules =
    [
        new("C8", "C", RuleKind.Moet,
            "De leerling legt het schoolexamen rekenen af, tenzij hij examen doet in wiskunde; er geldt geen minimumcijfer, maar zonder dit schoolexamen is het examen onvolledig.",
            Laws.UbArt("10.3", "1, 4 en 8"), ["Uitslag berekenen", "leerwerk uitslag", "Programma"]),
    ];
}
