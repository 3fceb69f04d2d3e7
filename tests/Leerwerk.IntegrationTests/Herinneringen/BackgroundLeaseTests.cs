using Leerwerk.Data.Achtergrond;
using Leerwerk.Data.Mail;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Mail;
using Leerwerk.Web.Achtergrond;
using Leerwerk.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Leerwerk.IntegrationTests.Herinneringen;

/// <summary>
/// The lease on the background work, on the test database (SQLite file, or PostgreSQL with LEERWERK_TEST_POSTGRES):
/// one holder at a time, taken over only after expiry, and two hosts on one database that both run the background
/// work send every reminder and every message once.
/// </summary>
public sealed class BackgroundLeaseTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lease_IsRenewedByItsHolder_AndTakenOverOnlyAfterExpiry()
    {
        await using var app = new LeerwerkAppFactory();
        await app.InitializeAsync();
        await using var db = app.CreateSystemDbContext();
        var t = Arrange.UtcNow;

        Assert.True(await BackgroundLeases.TryAcquireAsync(db, "proef", "a", t, Minute, Ct));
        Assert.False(await BackgroundLeases.TryAcquireAsync(db, "proef", "b", t.AddSeconds(30), Minute, Ct));
        // a renews at 0:50, so b, who would have got it at 1:00 without the renewal, must wait until 1:50.
        Assert.True(await BackgroundLeases.TryAcquireAsync(db, "proef", "a", t.AddSeconds(50), Minute, Ct));
        Assert.False(await BackgroundLeases.TryAcquireAsync(db, "proef", "b", t.AddSeconds(70), Minute, Ct));
        Assert.True(await BackgroundLeases.TryAcquireAsync(db, "proef", "b", t.AddSeconds(111), Minute, Ct));
        Assert.False(await BackgroundLeases.TryAcquireAsync(db, "proef", "a", t.AddSeconds(112), Minute, Ct));
        Assert.Equal("b", (await db.BackgroundLeases.AsNoTracking().SingleAsync(l => l.Name == "proef", Ct)).Holder);

        // A holder that stops cleanly gives the lease up at once.
        await BackgroundLeases.ReleaseAsync(db, "proef", "b", t.AddSeconds(120), Ct);
        Assert.True(await BackgroundLeases.TryAcquireAsync(db, "proef", "a", t.AddSeconds(120), Minute, Ct));
    }

    [Fact]
    public async Task Lease_ManyContendersAtTheSameMoment_ExactlyOneGetsIt()
    {
        await using var app = new LeerwerkAppFactory();
        await app.InitializeAsync();
        var t = Arrange.UtcNow;
        foreach (var round in new[] { "nieuw", "verlopen" })
        {
            // First for a lease nobody has (the INSERT), then for one that expired (the conditional UPDATE).
            var at = round == "nieuw" ? t : t.AddMinutes(5);
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
            {
                await using var db = app.CreateSystemDbContext();
                return await BackgroundLeases.TryAcquireAsync(db, "wedloop", $"{round}-{i}", at, Minute, Ct);
            }));
            Assert.Equal(1, results.Count(r => r));
        }
    }

    [Fact]
    public async Task TwoHostsOnOneDatabase_SendEachReminderAndEachMessageOnce()
    {
        await using var smtp = new TestSmtpServer();
        await using var owner = new MailAppFactory(smtp.Port, senderEnabled: false);
        await owner.InitializeAsync();
        await HerinneringRunTests.ArrangeAsync(owner);

        // Two instances of the app on the one database, both running the background work with reminders every 0.3 s.
        await using var one = new MailAppFactory(smtp.Port, owner.Database, reminders: true);
        await using var two = new MailAppFactory(smtp.Port, owner.Database, reminders: true);
        await one.InitializeAsync();
        await two.InitializeAsync();
        var holders = new[] { one, two }.Select(h => h.Services.GetRequiredService<AchtergrondWerk>().Holder).ToList();

        // Done when every message is sent and nothing new has come for a while (many reminder passes of both hosts).
        var last = -1;
        var stableSince = DateTime.UtcNow;
        await TestSmtpServer.WaitForAsync(async () =>
        {
            await using var db = owner.CreateSystemDbContext();
            var count = await db.Outbox.CountAsync(Ct);
            if (count != last)
            {
                (last, stableSince) = (count, DateTime.UtcNow);
            }

            return count > 0 && !await db.Outbox.AnyAsync(m => m.Status != OutboxStatus.Sent, Ct) && DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(2);
        }, "alle herinneringen verzonden", seconds: 60);

        await using (var db = owner.CreateSystemDbContext())
        {
            var outbox = await db.Outbox.AsNoTracking().ToListAsync(Ct);
            var sent = await db.VerzondenHerinneringen.AsNoTracking().ToListAsync(Ct);
            Assert.True(sent.Count >= 5, $"only {sent.Count} reminders");
            Assert.Equal(outbox.Count, smtp.Received.Count);
            Assert.Equal(outbox.Count, smtp.Received.Select(m => m.MessageId).Distinct().Count());
            var lease = await db.BackgroundLeases.AsNoTracking().SingleAsync(l => l.Name == AchtergrondWerk.LeaseName, Ct);
            Assert.Contains(lease.Holder, holders);
        }

        // The holder stops: the other instance takes the work over.
        string holder;
        await using (var db = owner.CreateSystemDbContext())
        {
            holder = (await db.BackgroundLeases.AsNoTracking().SingleAsync(l => l.Name == AchtergrondWerk.LeaseName, Ct)).Holder;
        }

        var stopping = holder == holders[0] ? one : two;
        // Its background loop stops (as on a shutdown) and gives the lease up.
        await stopping.Services.GetServices<IHostedService>().OfType<OutboxSender>().Single().StopAsync(Ct);
        await TestSmtpServer.WaitForAsync(async () =>
        {
            await using var db = owner.CreateSystemDbContext();
            return (await db.BackgroundLeases.AsNoTracking().SingleAsync(l => l.Name == AchtergrondWerk.LeaseName, Ct)).Holder != holder;
        }, "de andere instantie neemt de lease over");
    }
}
