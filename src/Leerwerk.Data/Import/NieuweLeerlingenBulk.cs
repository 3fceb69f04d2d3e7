using System.Data.Common;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Bulk;
using Leerwerk.Domain.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Import;

/// <summary>
/// Stores the new students of a LAS import and their parents outside the change tracker (ADR 15): a hundred thousand
/// students through SaveChanges take a statement per row read back into the tracker; here a prepared INSERT or a COPY
/// per table. It keeps SaveChanges' two guarantees: every record is checked against the school scope before anything is
/// written, and every record gets the audit entry SaveChanges would write (<see cref="AuditTrail.EntryForAdded"/>),
/// all in the context's transaction. Only for records that are new: changes to existing students stay on SaveChanges.
/// </summary>
public static class NieuweLeerlingenBulk
{
    /// <summary>
    /// Inserts <paramref name="leerlingen"/> (new, without an id) with their <see cref="Leerling.Vertegenwoordigers"/>
    /// and the audit entries of both, in the context's current transaction, or in one of its own when there is none.
    /// Afterwards every student and parent carries its id; none of them is tracked. A database error is a
    /// <see cref="DbUpdateException"/>, as from SaveChanges, and leaves nothing when the transaction is rolled back.
    /// </summary>
    public static async Task VoegToeAsync(LeerwerkDbContext db, IReadOnlyList<Leerling> leerlingen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(leerlingen);

        // Every record is checked before the first is written, as SaveChanges checks every tracked change first.
        foreach (var leerling in leerlingen)
        {
            if (leerling.Id != 0 || leerling.Vertegenwoordigers.Any(v => v.Id != 0))
            {
                throw new InvalidOperationException($"Leerling {leerling.Id} is not new; changes go through SaveChanges.");
            }

            db.GuardSchoolScope(typeof(Leerling), leerling.SchoolId);
            foreach (var ouder in leerling.Vertegenwoordigers)
            {
                db.GuardSchoolScope(typeof(WettelijkVertegenwoordiger), ouder.SchoolId);
            }
        }

        if (leerlingen.Count == 0)
        {
            return;
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (ownTransaction)
        {
            try
            {
                await SchrijfAsync(db, leerlingen, ct);
            }
            catch (DbException e)
            {
                throw new DbUpdateException("An error occurred while storing the new students in bulk.", e);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }
        }
    }

    private static async Task SchrijfAsync(LeerwerkDbContext db, IReadOnlyList<Leerling> leerlingen, CancellationToken ct)
    {
        var leerlingTabel = BulkTabel.For<Leerling>(db);
        await leerlingTabel.InsertAsync(db, leerlingen, keysBack: true, ct);

        var ouderTabel = BulkTabel.For<WettelijkVertegenwoordiger>(db);
        foreach (var leerling in leerlingen)
        {
            foreach (var ouder in leerling.Vertegenwoordigers)
            {
                ouder.LeerlingId = leerling.Id;
            }
        }

        await ouderTabel.InsertAsync(db, leerlingen.SelectMany(l => l.Vertegenwoordigers), keysBack: true, ct);

        // In the change tracker's order: each student, then its parents. Made while written, not all held at once.
        var userName = db.AuditUserName;
        var at = DateTime.UtcNow;
        await AuditTrail.WriteBulkAsync(db, leerlingen.SelectMany(l => l.Vertegenwoordigers
            .Select(v => Toegevoegd(ouderTabel, v, userName, at))
            .Prepend(Toegevoegd(leerlingTabel, l, userName, at))), ct);
    }

    private static AuditEntry Toegevoegd(BulkTabel tabel, object entity, string userName, DateTime at) =>
        AuditTrail.EntryForAdded(tabel.Type, entity, p => BulkTabel.ValueOf(p, entity), userName, at);
}
