using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.StageUren;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.StageUren;

/// <summary>What an approval-link token opens: its state and, when valid, the agreement and its school.</summary>
public sealed record GoedkeuringslinkTarget(GoedkeuringslinkState State, int LeerwerkovereenkomstId, int SchoolId);

/// <summary>
/// The one place where the school filter is passed by: the anonymous praktijkbegeleider has no school
/// claim, so the agreement is found by its token hash across schools. Everything after that runs in a
/// context scoped to that agreement's school only, audited in the praktijkbegeleider's name.
/// </summary>
public sealed class GoedkeuringslinkToegang(LeerwerkDbContext db, DbContextOptions<LeerwerkDbContext> options, TimeProvider clock)
{
    public async Task<GoedkeuringslinkTarget> FindAsync(string? token, CancellationToken ct)
    {
        // A text that cannot be a token is unknown without touching the database.
        if (token is null || !Goedkeuringslink.IsWellFormed(token))
        {
            return new GoedkeuringslinkTarget(GoedkeuringslinkState.Onbekend, 0, 0);
        }

        // Looked up by the hash (an indexed equality on a value the caller cannot steer towards a
        // stored one); Goedkeuringslink.StateOf compares the hashes again in constant time.
        var hash = Goedkeuringslink.Hash(token);
        var agreement = await db.Leerwerkovereenkomsten.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.ApprovalTokenHash == hash)
            .FirstOrDefaultAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var state = Goedkeuringslink.StateOf(agreement, token, today);
        return state == GoedkeuringslinkState.Onbekend
            ? new GoedkeuringslinkTarget(state, 0, 0)
            : new GoedkeuringslinkTarget(state, agreement!.Id, agreement.SchoolId);
    }

    /// <summary>A context that sees and may write only the agreement's school; the caller disposes it.</summary>
    public static LeerwerkDbContext ScopedContext(DbContextOptions<LeerwerkDbContext> options, GoedkeuringslinkTarget target, string actor)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.State != GoedkeuringslinkState.Geldig)
        {
            throw new InvalidOperationException("Only a valid approval link opens its school.");
        }

        return new LeerwerkDbContext(options, FixedSchoolScope.ForSchools(actor, target.SchoolId));
    }

    public LeerwerkDbContext ScopedContext(GoedkeuringslinkTarget target, string actor) => ScopedContext(options, target, actor);
}
