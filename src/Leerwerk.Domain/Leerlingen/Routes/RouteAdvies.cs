namespace Leerwerk.Domain.Leerlingen.Routes;

/// <summary>One route for one student on a date: open or closed, with the reasons and what the route means.</summary>
public sealed record RouteAdvies(RouteBeschrijving Beschrijving, bool IsOpen, IReadOnlyList<RouteReden> Redenen)
{
    public Leerroute Route => Beschrijving.Route;
}

/// <summary>
/// Why a route is open or closed. <see cref="RegelId"/> names the rule of the catalogue (A1, A3) when the
/// reason is one; <see cref="Sluit"/> is true for a reason that closes the route.
/// </summary>
public sealed record RouteReden(string Tekst, bool Sluit, string? RegelId = null);
