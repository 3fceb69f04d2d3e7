using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.StageUren.Telling;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>The approved stage hours and distinct stage days of a dossier, as E1 and E2 count them.</summary>
public sealed record StageUrenTotaal(decimal Hours, int Days)
{
    /// <summary>Counted hours (over leerjaar 3 and 4) and the distinct dates with counted hours (<see cref="UrenTelling"/>).</summary>
    public static StageUrenTotaal Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Of(UrenTelling.Tel(dossier));
    }

    /// <summary>The total of the entries that count.</summary>
    public static StageUrenTotaal Of(IEnumerable<GeteldeRegel> geteld)
    {
        ArgumentNullException.ThrowIfNull(geteld);
        var counted = geteld.Where(g => g.Telt).Select(g => g.Regel).ToList();
        return new StageUrenTotaal(counted.Sum(u => u.Hours), counted.Select(u => u.Date).Distinct().Count());
    }

    /// <summary>True for an LWT student in leerjaar 3 or 4: the years whose stage E1 and E2 count.</summary>
    public static bool Applies(Dossier dossier, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.Leerling.Leerjaar is 3 or 4 && dossier.Leerling.RouteOn(date) == Leerroute.LeerWerktraject;
    }
}
