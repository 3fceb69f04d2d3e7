using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerlingen.Routes;

/// <summary>
/// Lists each of the four routes as open or closed for a student on a start date, with reasons:
/// an LWT only in BB (A1) and, in the bovenbouw, only with an LWT samenwerkingsovereenkomst in force (A3);
/// the doorlopende and geïntegreerde leerroute each need their own agreement, the geïntegreerde only in BB
/// (towards mbo niveau 2). The start moment itself is free (B1, MAG): no date closes a route by itself.
/// </summary>
public static class RouteAdviseur
{
    public static IReadOnlyList<RouteAdvies> Adviseer(Leerling leerling, IEnumerable<Samenwerkingsovereenkomst> overeenkomsten, DateOnly startDatum)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(overeenkomsten);
        var inForce = overeenkomsten.Where(s => s.IsInForceOn(startDatum)).ToList();
        var adviezen = new List<RouteAdvies>();
        foreach (var beschrijving in RouteBeschrijvingen.All)
        {
            var redenen = Redenen(beschrijving.Route, leerling, inForce, startDatum);
            adviezen.Add(new RouteAdvies(beschrijving, redenen.All(r => !r.Sluit), redenen));
        }

        return adviezen;
    }

    /// <summary>The advice for one route; closed routes may not be chosen.</summary>
    public static RouteAdvies Adviseer(Leerling leerling, IEnumerable<Samenwerkingsovereenkomst> overeenkomsten, DateOnly startDatum, Leerroute route) =>
        Adviseer(leerling, overeenkomsten, startDatum).Single(a => a.Route == route);

    private static List<RouteReden> Redenen(Leerroute route, Leerling leerling, List<Samenwerkingsovereenkomst> inForce, DateOnly datum)
    {
        var redenen = new List<RouteReden>();
        var bb = leerling.Leerweg == Leerweg.Bb;
        var leerweg = leerling.Leerweg.ToString().ToUpperInvariant();
        switch (route)
        {
            case Leerroute.RegulierBb:
                redenen.Add(bb
                    ? new RouteReden("De leerling zit in de basisberoepsgerichte leerweg.", false)
                    : new RouteReden($"De leerling zit in de {leerweg}; regulier bb is alleen voor de basisberoepsgerichte leerweg.", true));
                break;
            case Leerroute.LeerWerktraject:
                redenen.Add(bb
                    ? new RouteReden("De leerling zit in de basisberoepsgerichte leerweg, de enige leerweg met een leer-werktraject.", false, "A1")
                    : new RouteReden($"{Regel("A1", datum)}: een leer-werktraject bestaat alleen binnen de basisberoepsgerichte leerweg; de leerling zit in de {leerweg}.", true, "A1"));
                redenen.Add(LwtOvereenkomst(leerling, inForce, datum));
                redenen.Add(new RouteReden($"{Regel("B1", datum)}: het moment van starten is vrij, in de onderbouw, bij het begin of in de loop van leerjaar 3 of bij het begin van leerjaar 4.", false, "B1"));
                break;
            case Leerroute.DoorlopendeLeerroute:
                redenen.Add(Overeenkomst(inForce, SamenwerkingSoort.DoorlopendeLeerroute, "de doorlopende leerroute", datum));
                break;
            case Leerroute.GeintegreerdeLeerroute:
                if (!bb)
                {
                    redenen.Add(new RouteReden($"De geïntegreerde leerroute is er alleen van bb naar mbo niveau 2; de leerling zit in de {leerweg}.", true));
                }

                redenen.Add(Overeenkomst(inForce, SamenwerkingSoort.GeintegreerdeLeerroute, "de geïntegreerde leerroute", datum));
                break;
        }

        return redenen;
    }

    private static RouteReden LwtOvereenkomst(Leerling leerling, List<Samenwerkingsovereenkomst> inForce, DateOnly datum)
    {
        var lwt = inForce.FirstOrDefault(s => s.Soort == SamenwerkingSoort.LeerWerktraject && s.MboInstelling?.OffersBasisberoepsopleiding != false);
        if (lwt is not null)
        {
            return new RouteReden($"Op {Nl.Date(datum)} is een samenwerkingsovereenkomst voor het leer-werktraject van kracht{Partner(lwt)}.", false, "A3");
        }

        // A3 binds the bovenbouw; a start in the onderbouw (B1) is possible before the agreement exists.
        return leerling.Leerjaar >= 3
            ? new RouteReden($"{Regel("A3", datum)}: op {Nl.Date(datum)} is er geen samenwerkingsovereenkomst voor het leer-werktraject van kracht met een mbo-instelling die een basisberoepsopleiding verzorgt.", true, "A3")
            : new RouteReden($"Er is op {Nl.Date(datum)} nog geen samenwerkingsovereenkomst voor het leer-werktraject; in de onderbouw mag dat, maar vanaf leerjaar 3 is die nodig ({Regel("A3", datum)}).", false, "A3");
    }

    private static RouteReden Overeenkomst(List<Samenwerkingsovereenkomst> inForce, SamenwerkingSoort soort, string naam, DateOnly datum)
    {
        var overeenkomst = inForce.FirstOrDefault(s => s.Soort == soort);
        return overeenkomst is not null
            ? new RouteReden($"Op {Nl.Date(datum)} is een samenwerkingsovereenkomst voor {naam} van kracht{Partner(overeenkomst)}.", false)
            : new RouteReden($"Op {Nl.Date(datum)} is er geen samenwerkingsovereenkomst voor {naam} van kracht; die route heeft een eigen overeenkomst met de mbo-instelling nodig (een overeenkomst voor het leer-werktraject is niet genoeg).", true);
    }

    private static string Partner(Samenwerkingsovereenkomst s) => s.MboInstelling is { } mbo ? $" met {mbo.Name}" : string.Empty;

    /// <summary>"A3 (WVO 2020 art. 2.104 …)": the rule id with its citation in force on the date.</summary>
    private static string Regel(string id, DateOnly datum) => $"{id} ({RuleCatalog.Get(id, datum).Citation.Text})";
}
