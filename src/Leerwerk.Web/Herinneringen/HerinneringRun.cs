using Leerwerk.Data;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Data.Mail;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Herinneringen;

/// <summary>
/// The reminders of every school, once per occasion: each due reminder whose key (<see cref="VerzondenHerinnering"/>)
/// is new is written to the outbox together with its key in one SaveChanges. A second run, a restart or a second
/// instance finds the key, or fails on its unique index and rolls its messages back: no reminder goes out twice.
/// </summary>
public sealed class HerinneringRun(
    IServiceScopeFactory scopes,
    HerinneringBronnen bronnen,
    TimeProvider clock,
    ILogger<HerinneringRun> logger)
{
    /// <summary>The name the changes of a run (a new approval link) carry in the audit trail.</summary>
    public const string AuditName = "Leerwerk (herinneringen)";

    /// <summary>Runs every school's reminders; returns how many reminders were written to the outbox.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        List<int> schoolIds;
        await using (var system = scope.ServiceProvider.CreateSystemDbContext())
        {
            schoolIds = await system.Scholen.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        }

        var written = 0;
        foreach (var schoolId in schoolIds)
        {
            try
            {
                written += await RunSchoolAsync(scope.ServiceProvider, schoolId, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One school's bad data must not keep the other schools' reminders back.
                logger.LogError(ex, "De herinneringen van school {SchoolId} konden niet worden gemaakt.", schoolId);
            }
        }

        return written;
    }

    private async Task<int> RunSchoolAsync(IServiceProvider services, int schoolId, CancellationToken ct)
    {
        // A context scoped to this one school, as its coordinator has it: the findings are the worklist's.
        var options = services.GetRequiredService<DbContextOptions<LeerwerkDbContext>>();
        await using var db = new LeerwerkDbContext(options, FixedSchoolScope.ForSchools(AuditName, schoolId));
        var school = await db.Scholen.AsNoTracking().SingleAsync(s => s.Id == schoolId, ct);
        var instellingen = await db.HerinneringInstellingen.AsNoTracking().SingleOrDefaultAsync(ct)
            ?? HerinneringInstellingen.Standaard(schoolId);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var due = await bronnen.DueAsync(db, school, instellingen, today, ct);
        var sent = (await db.VerzondenHerinneringen.AsNoTracking()
                .Select(v => new { v.Soort, v.Onderwerp, v.Aanleiding })
                .ToListAsync(ct))
            .Select(v => (v.Soort, v.Onderwerp, v.Aanleiding))
            .ToHashSet();
        var written = 0;
        foreach (var herinnering in due.Where(h => instellingen.IsAan(h.Soort) && !sent.Contains((h.Soort, h.Onderwerp, h.Aanleiding))))
        {
            if (await WriteAsync(db, school, herinnering, now, ct))
            {
                written++;
            }
        }

        return written;
    }

    private async Task<bool> WriteAsync(LeerwerkDbContext db, School school, Herinnering herinnering, DateTime now, CancellationToken ct)
    {
        var messages = await herinnering.Compose(db, ct);
        if (messages.Count == 0)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        foreach (var message in messages)
        {
            MailOutbox.Enqueue(db, school, message, now);
        }

        db.VerzondenHerinneringen.Add(new VerzondenHerinnering
        {
            SchoolId = school.Id,
            Soort = herinnering.Soort,
            Onderwerp = herinnering.Onderwerp,
            Aanleiding = herinnering.Aanleiding,
            VerzondenOp = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex)
        {
            // Another run wrote the same reminder first (the unique index): this one's messages are not stored.
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(ex, "Herinnering {Soort} {Onderwerp} {Aanleiding} was al verstuurd.", herinnering.Soort, herinnering.Onderwerp, herinnering.Aanleiding);
            }
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
