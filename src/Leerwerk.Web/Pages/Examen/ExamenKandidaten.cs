using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// The exam candidates of the school: leerjaar 4 students in the basisberoepsgerichte leerweg, regular and LWT,
/// turned into the engine's <see cref="Kandidaat"/> with the grades recorded so far.
/// </summary>
public static class ExamenKandidaten
{
    public const int Leerjaar = 4;

    /// <summary>The candidates, optionally only those with the given ids, ordered by name.</summary>
    public static async Task<List<Leerling>> LoadAsync(LeerwerkDbContext db, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Leerlingen.AsNoTracking()
            .Include(l => l.Vakken)
            .Include(l => l.Routes)
            .Where(l => l.Leerjaar == Leerjaar && l.Leerweg == Leerweg.Bb);
        if (ids is not null)
        {
            query = query.Where(l => ids.Contains(l.Id));
        }

        var students = await query.ToListAsync(ct);
        return [.. students.OrderBy(l => l.LastName, StringComparer.Ordinal).ThenBy(l => l.FirstName, StringComparer.Ordinal)];
    }

    /// <summary>The candidate the engine judges: LWT when the route in force today is the leer-werktraject, else BB.</summary>
    public static Kandidaat Kandidaat(Leerling student, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(student);
        var route = student.RouteOn(today) == Leerroute.LeerWerktraject ? UitslagRegeling.Lwt : UitslagRegeling.Bb;
        var vakken = student.Vakken.OrderBy(v => v.Id)
            .Select(v => new KandidaatVak(v.Name, v.Soort, v.Deel, v.Se, v.Ce, v.CeResit))
            .ToList();
        return new Kandidaat(student.Leerlingnummer, route, vakken, student.Lo, student.Kunstvakken);
    }
}
