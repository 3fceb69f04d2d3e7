using Leerwerk.Data;
using Leerwerk.Domain.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// The exam candidates of the school: leerjaar 4 students in the basisberoepsgerichte leerweg, regular and LWT,
/// judged with the grades recorded so far (see <see cref="LeerlingKandidaat"/>).
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
            .Where(l => l.Leerjaar == Leerjaar && l.Leerweg == Leerweg.Bb)
            // A student who left (last year's graduate) is no candidate, whatever leerjaar was last recorded.
            .Where(l => l.UitgestroomdOp == null);
        if (ids is not null)
        {
            query = query.Where(l => ids.Contains(l.Id));
        }

        var students = await query.ToListAsync(ct);
        return [.. students.OrderBy(l => l.LastName, StringComparer.Ordinal).ThenBy(l => l.FirstName, StringComparer.Ordinal)];
    }
}
