using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Web.Infrastructure;

/// <summary>The Dutch words a user reads for the enums of samenwerkings- and leer-werkovereenkomsten.</summary>
public static class DutchLabelsOvereenkomsten
{
    public static string Label(this LeerwerkovereenkomstStatus status) => status switch
    {
        LeerwerkovereenkomstStatus.Concept => "Concept",
        LeerwerkovereenkomstStatus.TerOndertekening => "Ter ondertekening",
        LeerwerkovereenkomstStatus.Getekend => "Getekend",
        LeerwerkovereenkomstStatus.Actief => "Actief",
        LeerwerkovereenkomstStatus.Beeindigd => "Beëindigd",
        LeerwerkovereenkomstStatus.Vervangen => "Vervangen",
    };

    public static string Label(this Partij partij) => partij switch
    {
        Partij.BevoegdGezag => "Bevoegd gezag van de school",
        Partij.Leerling => "Leerling",
        Partij.WettelijkVertegenwoordiger => "Ouder of wettelijk vertegenwoordiger",
        Partij.Leerbedrijf => "Leerbedrijf",
        Partij.MboInstelling => "Bevoegd gezag van de mbo-instelling",
    };

    public static string Label(this SamenwerkingOndertekenstatus status) => status switch
    {
        SamenwerkingOndertekenstatus.Vastgelegd => "Getekend buiten de app, vastgelegd",
        SamenwerkingOndertekenstatus.Concept => "Concept: opnieuw aanbieden",
        SamenwerkingOndertekenstatus.TerOndertekening => "Ter ondertekening",
        SamenwerkingOndertekenstatus.Getekend => "Getekend via de app",
    };

    public static string Label(this SamenwerkingSoort soort) => soort switch
    {
        SamenwerkingSoort.LeerWerktraject => "Leer-werktraject",
        SamenwerkingSoort.DoorlopendeLeerroute => "Doorlopende leerroute",
        SamenwerkingSoort.GeintegreerdeLeerroute => "Geïntegreerde leerroute",
    };
}
