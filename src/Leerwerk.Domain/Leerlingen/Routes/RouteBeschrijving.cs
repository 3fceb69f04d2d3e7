using Leerwerk.Domain.Kalender;

namespace Leerwerk.Domain.Leerlingen.Routes;

/// <summary>
/// What a route means for the student, side by side with the others (RULES.md section R; brochure
/// bijlage 03 "vier routes naar mbo niveau 2").
/// </summary>
public sealed record RouteBeschrijving(
    Leerroute Route,
    string Naam,
    string Examen,
    string Diploma,
    string MboInhoudVanafLeerjaar3,
    string Nodig,
    string Overgang,
    string? Opmerking = null)
{
    public const string Bron = "Brochure Wat moet en wat mag: leer-werktrajecten (2021), bijlage 03";
}

/// <summary>The four routes as data, in the order of bijlage 03.</summary>
public static class RouteBeschrijvingen
{
    public static readonly IReadOnlyList<RouteBeschrijving> All =
    [
        new(Leerroute.RegulierBb, "Regulier bb",
            "Volledig examen van de basisberoepsgerichte leerweg aan het eind van leerjaar 4.",
            "Vmbo-diploma bb.",
            "Nee.",
            "De school heeft een licentie per profiel.",
            "Harde knip: na het diploma begint de mbo-opleiding."),
        new(Leerroute.LeerWerktraject, "Leer-werktraject",
            "Nederlands en het beroepsgerichte programma aan het eind van leerjaar 4, elk ten minste een 6.",
            "Vmbo-diploma bb met leer-werktraject (toegang tot mbo niveau 2, niet tot de entreeopleiding).",
            $"Nee; wel {Nl.Number(StageurenBeleid.StandaardUren)} klokuren stage per jaar bij een erkend leerbedrijf.",
            "Een samenwerkingsovereenkomst voor het leer-werktraject met een mbo-instelling die een basisberoepsopleiding verzorgt.",
            "Harde knip: na het diploma begint de mbo-opleiding.",
            "Een leer-werktraject is geen doorlopende leerroute in de zin van de Wet doorlopende leerroutes."),
        new(Leerroute.DoorlopendeLeerroute, "Doorlopende leerroute",
            "Het volledige vmbo-examen, gespreid over leerjaar 3, leerjaar 4 en het eerste mbo-jaar.",
            "Vmbo-diploma (als alles behaald is).",
            "Ja, inclusief beroepspraktijkvorming (bpv).",
            "Een samenwerkingsovereenkomst voor de doorlopende leerroute en een melding in RIO; bol of bbl; alle leerwegen en alle mbo-niveaus.",
            "Zachte overgang: de leerling stroomt zonder knip door naar het mbo.",
            "Wie het leer-werktraject niet haalt, kan via een doorlopende leerroute nog de entreeopleiding bereiken."),
        new(Leerroute.GeintegreerdeLeerroute, "Geïntegreerde leerroute",
            "Geen, of enkele vakken.",
            "Geen vmbo-diploma.",
            "Ja, inclusief beroepspraktijkvorming (bpv).",
            "Een samenwerkingsovereenkomst voor de geïntegreerde leerroute en een melding in RIO; alleen bb naar mbo niveau 2; bol of bbl.",
            "Zachte overgang: de leerling stroomt zonder knip door naar het mbo."),
    ];

    public static RouteBeschrijving Van(Leerroute route) => All.Single(b => b.Route == route);
}
