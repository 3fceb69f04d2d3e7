using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Overeenkomsten;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Ondertekenen;

/// <summary>
/// What a signing token opens. Like the approval link (<c>GoedkeuringslinkToegang</c>), the one place where the school
/// filter is passed by: the anonymous signer has no school claim, so the link is found by its token hash across
/// schools; everything after that runs in a context scoped to the link's school, audited in the signer's name.
/// </summary>
public sealed class TekenlinkToegang(LeerwerkDbContext db, DbContextOptions<LeerwerkDbContext> options, TimeProvider clock)
{
    /// <summary>The link the token opens now, or null for every kind of "no" (unknown, expired, revoked, used).</summary>
    public async Task<Ondertekeningslink?> FindAsync(string? token, CancellationToken ct)
    {
        if (!Tekenlink.IsWellFormed(token))
        {
            return null;
        }

        var hash = Tekenlink.Hash(token!);
        var link = await db.Ondertekeningslinks.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        return Tekenlink.Opens(link, token, clock.GetUtcNow().UtcDateTime) ? link : null;
    }

    /// <summary>A context that sees and may write only the link's school; the caller disposes it.</summary>
    public LeerwerkDbContext ScopedContext(Ondertekeningslink link, string actor)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new LeerwerkDbContext(options, FixedSchoolScope.ForSchools(actor, link.SchoolId));
    }
}
