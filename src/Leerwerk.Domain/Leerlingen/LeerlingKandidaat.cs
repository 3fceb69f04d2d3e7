using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Leerlingen;

/// <summary>
/// A student as the uitslag engine sees them: their subjects and grades, judged by the LWT rule when
/// the route in force on the date is the leer-werktraject, else by the BB rule. One mapping for the
/// exam pages and the dossier evaluation.
/// </summary>
public static class LeerlingKandidaat
{
    public static Kandidaat From(Leerling student, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(student);
        var route = student.RouteOn(referenceDate) == Leerroute.LeerWerktraject ? UitslagRegeling.Lwt : UitslagRegeling.Bb;
        var vakken = student.Vakken.OrderBy(v => v.Id)
            .Select(v => new KandidaatVak(v.Name, v.Soort, v.Deel, v.Se, v.Ce, v.CeResit))
            .ToList();
        return new Kandidaat(student.Leerlingnummer, route, vakken, student.Lo, student.Kunstvakken);
    }
}
