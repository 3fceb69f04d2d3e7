using Leerwerk.Data.Identity;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Data.Queries;

/// <summary>Which students a mentor account is linked to (<see cref="MentorLeerling"/>).</summary>
public static class MentorQueries
{
    /// <summary>The students linked to the mentor account <paramref name="userId"/>, within the user's schools.</summary>
    public static IQueryable<Leerling> GementoreerdDoor(this IQueryable<Leerling> leerlingen, LeerwerkDbContext db, string userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return leerlingen.Where(l => db.MentorLeerlingen.Any(m => m.UserId == userId && m.LeerlingId == l.Id));
    }
}
