using System.Security.Claims;
using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Which students' personal records a user may open: a mentor only the students linked to its account
/// (<see cref="MentorLeerling"/>), the other staff roles every student of their schools. A student the user may not
/// open answers 404, as one of another school does, so the answer names no one.
/// </summary>
public static class LeerlingToegang
{
    /// <summary>Whether the user is limited to its own students: a mentor without a wider role.</summary>
    public static bool IsMentorOnly(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Mentor) && !user.IsInRole(Roles.Beheerder) && !user.IsInRole(Roles.Coordinator) && !user.IsInRole(Roles.Examensecretaris);
    }

    /// <summary>The students of <paramref name="leerlingen"/> the user may see.</summary>
    public static IQueryable<Leerling> ZichtbaarVoor(this IQueryable<Leerling> leerlingen, LeerwerkDbContext db, ClaimsPrincipal user) =>
        IsMentorOnly(user) ? leerlingen.GementoreerdDoor(db, UserId(user)) : leerlingen;

    /// <summary>Whether the user may open the records of student <paramref name="leerlingId"/> (which may not exist).</summary>
    public static bool MagZien(LeerwerkDbContext db, ClaimsPrincipal user, int leerlingId)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!IsMentorOnly(user))
        {
            return true;
        }

        var userId = UserId(user);
        return db.MentorLeerlingen.Any(m => m.UserId == userId && m.LeerlingId == leerlingId);
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
}
