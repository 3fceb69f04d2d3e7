using Leerwerk.Domain.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Queries;

/// <summary>
/// The students a school shares with an mbo instelling (the mbo-partner role sees only these, read-only):
/// students whose route on the date is the leer-werktraject, in a school that has a samenwerkingsovereenkomst
/// with that instelling, and who have not left the school (the mbo partner's view ends with the student's time at the
/// vmbo school; a doorstroom to the instelling is the mbo's own enrolment). The user's school scope still applies on top.
/// </summary>
public static class GedeeldeLeerlingen
{
    public static async Task<IReadOnlyList<Leerling>> SharedWithAsync(this LeerwerkDbContext db, int mboInstellingId, DateOnly date, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schools = await SchoolsOfAsync(db, mboInstellingId, ct);
        var students = await db.Leerlingen.AsNoTracking()
            .OpSchoolOp(date)
            .Include(l => l.Routes)
            .Where(l => schools.Contains(l.SchoolId))
            .OrderBy(l => l.LastName).ThenBy(l => l.FirstName).ThenBy(l => l.Id)
            .ToListAsync(ct);
        return students.Where(l => l.RouteOn(date) == Leerroute.LeerWerktraject).ToList();
    }

    /// <summary>The student with routes and subjects when shared with the instelling on the date; null otherwise.</summary>
    public static async Task<Leerling?> SharedStudentAsync(this LeerwerkDbContext db, int mboInstellingId, int leerlingId, DateOnly date, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schools = await SchoolsOfAsync(db, mboInstellingId, ct);
        var student = await db.Leerlingen.AsNoTracking()
            .OpSchoolOp(date)
            .Include(l => l.Routes)
            .Include(l => l.Vakken)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => l.Id == leerlingId && schools.Contains(l.SchoolId), ct);
        return student?.RouteOn(date) == Leerroute.LeerWerktraject ? student : null;
    }

    private static Task<List<int>> SchoolsOfAsync(LeerwerkDbContext db, int mboInstellingId, CancellationToken ct) =>
        db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Where(s => s.MboInstellingId == mboInstellingId)
            .Select(s => s.SchoolId)
            .Distinct()
            .ToListAsync(ct);
}
