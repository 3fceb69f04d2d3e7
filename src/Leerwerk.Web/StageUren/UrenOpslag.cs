using Leerwerk.Data;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.StageUren;

/// <summary>One day's hours as a form or file gives them, already checked.</summary>
public sealed record UrenWijziging(int SchoolId, int LeerlingId, int LeerwerkovereenkomstId, DateOnly Date, decimal Hours, string? Note = null);

/// <summary>What saving changed: new entries and corrections (unchanged days are not counted).</summary>
public sealed record UrenOpslagResultaat(int Entered, int Corrected)
{
    public int Total => Entered + Corrected;
}

/// <summary>
/// Writes hours into the ledger the one way it may be written: a day without a current entry gets a
/// new Ingevoerd entry, a day whose hours differ gets a correction (the old entry Gecorrigeerd and
/// pointing at the new one), an unchanged day is left alone. All or nothing, in one transaction.
/// </summary>
public static class UrenOpslag
{
    public static async Task<UrenOpslagResultaat> SaveAsync(LeerwerkDbContext db, IReadOnlyCollection<UrenWijziging> changes, string by, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return new UrenOpslagResultaat(0, 0);
        }

        var agreementIds = changes.Select(c => c.LeerwerkovereenkomstId).Distinct().ToList();
        var first = changes.Min(c => c.Date);
        var last = changes.Max(c => c.Date);
        var current = (await db.StageUren
                .Where(r => agreementIds.Contains(r.LeerwerkovereenkomstId) && r.Date >= first && r.Date <= last && r.Status != UrenStatus.Gecorrigeerd)
                .ToListAsync(ct))
            .ToLookup(r => (r.LeerwerkovereenkomstId, r.Date));

        var entered = 0;
        var corrections = new List<(StageUrenRegel Old, StageUrenRegel New)>();
        foreach (var change in changes)
        {
            // Newest first: should two current entries ever exist for a day, the latest one is corrected.
            var existing = current[(change.LeerwerkovereenkomstId, change.Date)].OrderByDescending(r => r.EnteredAt).ThenByDescending(r => r.Id).FirstOrDefault();
            if (existing is null)
            {
                if (change.Hours > 0)
                {
                    db.StageUren.Add(UrenBoek.Enter(change.SchoolId, change.LeerlingId, change.LeerwerkovereenkomstId, change.Date, change.Hours, by, at, change.Note));
                    entered++;
                }
            }
            else if (existing.Hours != change.Hours || existing.Status == UrenStatus.Afgekeurd)
            {
                var replacement = UrenBoek.Correct(existing, change.Hours, by, at, change.Note);
                db.StageUren.Add(replacement);
                corrections.Add((existing, replacement));
            }
        }

        if (entered == 0 && corrections.Count == 0)
        {
            return new UrenOpslagResultaat(0, 0);
        }

        return await AllesOfNiets.SaveAsync(db, async () =>
        {
            await db.SaveChangesAsync(ct);

            // The replacement's id exists only now: link the history in the same transaction (AllesOfNiets saves it).
            foreach (var (old, replacement) in corrections)
            {
                UrenBoek.Link(old, replacement);
            }

            return new UrenOpslagResultaat(entered, corrections.Count);
        }, ct);
    }
}
