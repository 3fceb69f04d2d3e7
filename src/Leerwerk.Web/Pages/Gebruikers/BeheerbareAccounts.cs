using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>
/// The accounts a beheerder manages: those of its own schools only. An account that also belongs to a school outside
/// the beheerder's, or a board account (which follows its bestuur), is someone else's to manage: the CLI does those.
/// </summary>
public static class BeheerbareAccounts
{
    public static IQueryable<LeerwerkUser> Van(LeerwerkDbContext db, IReadOnlyList<int> schoolIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = schoolIds.ToList();
        return db.Users.Where(u => u.BestuurId == null
            && db.UserSchools.Any(s => s.UserId == u.Id && own.Contains(s.SchoolId))
            && !db.UserSchools.Any(s => s.UserId == u.Id && !own.Contains(s.SchoolId)));
    }

    /// <summary>The account <paramref name="id"/> when the beheerder may manage it; null (the page answers 404) otherwise.</summary>
    public static Task<LeerwerkUser?> FindAsync(LeerwerkDbContext db, IReadOnlyList<int> schoolIds, string id, CancellationToken ct) =>
        Van(db, schoolIds).SingleOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>The role names as a user reads them.</summary>
    public static string RolLabel(string? role) => role switch
    {
        Roles.Beheerder => "Beheerder",
        Roles.Coordinator => "LWT-coördinator",
        Roles.Mentor => "Mentor",
        Roles.Examensecretaris => "Examensecretaris",
        Roles.MboPartner => "Mbo-partner",
        _ => "Geen rol",
    };
}
