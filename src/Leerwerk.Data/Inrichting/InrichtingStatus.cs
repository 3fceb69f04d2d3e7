using Leerwerk.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Inrichting;

/// <summary>
/// How far the set-up of one school is: its data, the profielen it offers, an mbo partner and a
/// coördinator account. Every step can be done later; <see cref="Ontbreekt"/> says in Dutch what is left.
/// </summary>
public sealed record InrichtingStatus(
    int SchoolId,
    string SchoolName,
    bool AdresCompleet,
    bool OndertekenaarBekend,
    int Profielen,
    int MboPartners,
    int Coordinatoren)
{
    /// <summary>What is still missing, one Dutch sentence fragment per step; empty when the school is set up.</summary>
    public IReadOnlyList<string> Ontbreekt
    {
        get
        {
            var missing = new List<string>();
            if (!AdresCompleet)
            {
                missing.Add("het bezoekadres van de school");
            }

            if (!OndertekenaarBekend)
            {
                missing.Add("wie namens het bevoegd gezag ondertekent");
            }

            if (Profielen == 0)
            {
                missing.Add("de profielen die de school aanbiedt, met hun keuzevakken");
            }

            if (MboPartners == 0)
            {
                missing.Add("een mbo-partner");
            }

            if (Coordinatoren == 0)
            {
                missing.Add("een account voor de LWT-coördinator");
            }

            return missing;
        }
    }

    public bool IsKlaar => Ontbreekt.Count == 0;

    /// <summary>The status of every school the context's scope sees, by name.</summary>
    public static async Task<IReadOnlyList<InrichtingStatus>> LoadAsync(LeerwerkDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schools = await db.Scholen.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var ids = schools.Select(s => s.Id).ToList();
        var profielen = await CountBySchoolAsync(db.AangebodenProfielen.Select(p => p.SchoolId), cancellationToken);
        var partners = await CountBySchoolAsync(db.MboInstellingen.Select(p => p.SchoolId), cancellationToken);
        var coordinatorRole = await db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var coordinators = await CountBySchoolAsync(
            db.UserSchools.Where(u => ids.Contains(u.SchoolId)
                    && db.UserRoles.Any(r => r.UserId == u.UserId && r.RoleId == coordinatorRole))
                .Select(u => u.SchoolId),
            cancellationToken);
        return schools.Select(s => new InrichtingStatus(
                s.Id,
                s.Name,
                s.Bezoekadres().IsCompleet,
                !string.IsNullOrWhiteSpace(s.SignatoryName),
                profielen.GetValueOrDefault(s.Id),
                partners.GetValueOrDefault(s.Id),
                coordinators.GetValueOrDefault(s.Id)))
            .ToList();
    }

    private static async Task<Dictionary<int, int>> CountBySchoolAsync(IQueryable<int> schoolIds, CancellationToken cancellationToken) =>
        (await schoolIds.ToListAsync(cancellationToken)).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
}
