namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>
/// The places in the product where a rule is checked or shown, by their Dutch names: screens,
/// CLI commands and the rules page. One spelling for every catalogue file.
/// </summary>
public static class Places
{
    public const string Leerlingdossier = "Leerlingdossier";
    public const string RouteAdvies = "Route-advies";
    public const string Programma = "Programma";
    public const string Leerwerkovereenkomst = "Leerwerkovereenkomst";
    public const string Leerbedrijf = "Leerbedrijf";
    public const string Samenwerkingsovereenkomst = "Samenwerkingsovereenkomst";
    public const string StageUrenScherm = "Stage-uren";
    public const string UitslagBerekenen = "Uitslag berekenen";
    public const string DoorstroomScherm = "Doorstroom";
    public const string Controleer = "leerwerk controleer";
    public const string IntakeScherm = "Intake";
    public const string Regels = "Regels";
}
