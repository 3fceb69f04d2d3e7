using Leerwerk.Data;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Versies;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Queries;

/// <summary>
/// ADR 0016: a result computed from a set of schools' data is kept while their data versions and the day are the same,
/// and computed by one request at a time. Every audited change raises its school's version in its own transaction; a
/// change elsewhere, a login or a download does not. On a database of its own (both providers), so no other test
/// changes a version between two steps.
/// </summary>
public sealed class VersionedResultsTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Today = Arrange.Today;

    [Fact]
    public async Task SameData_ComputedOnce_AChangeInTheSchoolComputesAgain()
    {
        var demo = await DemoSchoolIdAsync();
        var results = new VersionedResults(TimeProvider.System);
        var computed = 0;
        Task<object> Compute(CancellationToken _) => Task.FromResult<object>(new { Run = ++computed });

        await using (var db = factory.CreateScopedDbContext("coordinator", demo))
        {
            var first = await results.GetAsync(db, "test", Today, Compute, Ct);
            Assert.Same(first, await results.GetAsync(db, "test", Today, Compute, Ct));
        }

        Assert.Equal(1, computed);
        await RenameAStudentAsync(demo);

        await using (var db = factory.CreateScopedDbContext("coordinator", demo))
        {
            await results.GetAsync(db, "test", Today, Compute, Ct);
        }

        Assert.Equal(2, computed);
    }

    [Fact]
    public async Task AChangeInAnotherSchool_ALogin_AndADownload_KeepTheResult()
    {
        var demo = await DemoSchoolIdAsync();
        var other = await Arrange.ForeignSchoolAsync(factory);
        var results = new VersionedResults(TimeProvider.System);
        var computed = 0;
        Task<object> Compute(CancellationToken _) => Task.FromResult<object>(new { Run = ++computed });
        await using var db = factory.CreateScopedDbContext("coordinator", demo);
        await results.GetAsync(db, "test", Today, Compute, Ct);

        await RenameAStudentAsync(other.SchoolId);
        await using (var system = factory.CreateSystemDbContext())
        {
            await AuditEvents.WriteAsync(system, [demo], "coordinator", AuditEvents.Login, "coordinator", AuditEvents.LoginSucceeded, new Dictionary<string, object?>(), Ct);
            await AuditEvents.WriteAsync(system, [demo], "coordinator", AuditEvents.Download, "1", AuditEvents.Downloaded, new Dictionary<string, object?>(), Ct);
        }

        await results.GetAsync(db, "test", Today, Compute, Ct);
        Assert.Equal(1, computed);
    }

    [Fact]
    public async Task OtherSchools_OtherKind_OrAnotherDay_AreTheirOwnResults()
    {
        var demo = await DemoSchoolIdAsync();
        var other = await Arrange.ForeignSchoolAsync(factory);
        var results = new VersionedResults(TimeProvider.System);
        var computed = 0;
        Task<object> Compute(CancellationToken _) => Task.FromResult<object>(new { Run = ++computed });
        await using var demoDb = factory.CreateScopedDbContext("coordinator", demo);
        await using var otherDb = factory.CreateScopedDbContext("elders", other.SchoolId);
        await using var bothDb = factory.CreateScopedDbContext("bestuur", other.SchoolId, demo);

        var forDemo = await results.GetAsync(demoDb, "test", Today, Compute, Ct);
        var forOther = await results.GetAsync(otherDb, "test", Today, Compute, Ct);
        var forBoth = await results.GetAsync(bothDb, "test", Today, Compute, Ct);
        var otherKind = await results.GetAsync(demoDb, "ander", Today, Compute, Ct);
        var tomorrow = await results.GetAsync(demoDb, "test", Today.AddDays(1), Compute, Ct);

        Assert.Equal(5, new HashSet<object>([forDemo, forOther, forBoth, otherKind, tomorrow]).Count);
        Assert.Equal(5, computed);
    }

    [Fact]
    public async Task RequestsAtOnce_ShareOneComputation()
    {
        var demo = await DemoSchoolIdAsync();
        var results = new VersionedResults(TimeProvider.System);
        var computed = 0;
        var release = new TaskCompletionSource();
        async Task<object> Slow(CancellationToken ct)
        {
            Interlocked.Increment(ref computed);
            await release.Task.WaitAsync(ct);
            return new object();
        }

        await using var db1 = factory.CreateScopedDbContext("een", demo);
        await using var db2 = factory.CreateScopedDbContext("twee", demo);
        await using var db3 = factory.CreateScopedDbContext("drie", demo);
        var first = results.GetAsync(db1, "test", Today, Slow, Ct);
        while (Volatile.Read(ref computed) == 0)
        {
            await Task.Delay(10, Ct);
        }

        var second = results.GetAsync(db2, "test", Today, Slow, Ct);
        var third = results.GetAsync(db3, "test", Today, Slow, Ct);
        release.SetResult();

        var all = await Task.WhenAll(first, second, third);
        Assert.Equal(1, computed);
        Assert.All(all, r => Assert.Same(all[0], r));
    }

    [Fact]
    public async Task OneAtATime_AnotherKindWaitsItsTurn_AndAWaiterThatGoesAwayIsNotKept()
    {
        var demo = await DemoSchoolIdAsync();
        using var results = new VersionedResults(TimeProvider.System, computationsAtOnce: 1);
        var running = 0;
        var most = 0;
        var firstStarted = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        async Task<object> Counted(CancellationToken ct, Task wait)
        {
            var now = Interlocked.Increment(ref running);
            lock (results)
            {
                most = Math.Max(most, now);
            }

            firstStarted.TrySetResult();
            try
            {
                await wait.WaitAsync(ct);
                return new object();
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }

        await using var db1 = factory.CreateScopedDbContext("een", demo);
        await using var db2 = factory.CreateScopedDbContext("twee", demo);
        await using var db3 = factory.CreateScopedDbContext("drie", demo);
        var first = results.GetAsync(db1, "werklijst", Today, c => Counted(c, release.Task), Ct);
        await firstStarted.Task.WaitAsync(Ct);
        var second = results.GetAsync(db2, "stageuren", Today, c => Counted(c, Task.CompletedTask), Ct);
        using var gone = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var third = results.GetAsync(db3, "leerbedrijven", Today, c => Counted(c, Task.CompletedTask), gone.Token);
        await Task.Delay(100, Ct);
        Assert.False(second.IsCompleted, "another kind is computed while the first is still running");
        await gone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);

        release.SetResult();
        await Task.WhenAll(first, second);
        Assert.Equal(1, most);

        // The one that went away while waiting its turn left nothing behind: asked again, it is computed.
        var computedAgain = false;
        await results.GetAsync(db3, "leerbedrijven", Today, _ =>
        {
            computedAgain = true;
            return Task.FromResult(new object());
        }, Ct);
        Assert.True(computedAgain);
    }

    [Fact]
    public async Task TheComputingRequestGoesAway_TheWaitingOneComputesItself()
    {
        var demo = await DemoSchoolIdAsync();
        var results = new VersionedResults(TimeProvider.System);
        var started = new TaskCompletionSource();
        using var gone = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        async Task<object> Forever(CancellationToken ct)
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return new object();
        }

        await using var db1 = factory.CreateScopedDbContext("een", demo);
        await using var db2 = factory.CreateScopedDbContext("twee", demo);
        var first = results.GetAsync(db1, "test", Today, Forever, gone.Token);
        await started.Task.WaitAsync(Ct);
        var answer = new object();
        var second = results.GetAsync(db2, "test", Today, _ => Task.FromResult(answer), Ct);
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Same(answer, await second);
    }

    [Fact]
    public async Task AFailure_IsNotKept()
    {
        var demo = await DemoSchoolIdAsync();
        var results = new VersionedResults(TimeProvider.System);
        await using var db = factory.CreateScopedDbContext("coordinator", demo);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            results.GetAsync<object>(db, "test", Today, _ => throw new InvalidOperationException("database weg"), Ct));
        var answer = new object();

        Assert.Same(answer, await results.GetAsync(db, "test", Today, _ => Task.FromResult(answer), Ct));
    }

    [Fact]
    public async Task AResultUnusedFor20Minutes_IsDropped()
    {
        var demo = await DemoSchoolIdAsync();
        var clock = new Stopwatchklok();
        var results = new VersionedResults(clock);
        await using var db = factory.CreateScopedDbContext("coordinator", demo);
        await results.GetAsync(db, "oud", Today, _ => Task.FromResult(new object()), Ct);
        clock.Verder(VersionedResults.Unused - TimeSpan.FromMinutes(1));
        await results.GetAsync(db, "recent", Today, _ => Task.FromResult(new object()), Ct);
        Assert.Equal(2, results.Count);

        clock.Verder(TimeSpan.FromMinutes(2));
        await results.GetAsync(db, "nieuw", Today, _ => Task.FromResult(new object()), Ct);

        Assert.Equal(2, results.Count);
    }

    [Fact]
    public async Task Raise_CountsEveryRaise_OnBothProviders()
    {
        var other = await Arrange.ForeignSchoolAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var before = await VersionAsync(db, other.SchoolId);

        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            await DataVersions.RaiseAsync(db, [other.SchoolId, other.SchoolId, AuditEntry.Installation], Ct);
            await DataVersions.RaiseAsync(db, [other.SchoolId], Ct);
            await transaction.CommitAsync(Ct);
        }

        // Raised once per call for a school named twice in one call; a school without a row starts at 1.
        Assert.Equal(before + 2, await VersionAsync(db, other.SchoolId));
        Assert.True(await VersionAsync(db, AuditEntry.Installation) >= 1);
    }

    [Fact]
    public async Task ARolledBackChange_LeavesTheVersion()
    {
        var demo = await DemoSchoolIdAsync();
        await using var db = factory.CreateSystemDbContext();
        var before = await VersionAsync(db, demo);

        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            var student = await db.Leerlingen.FirstAsync(l => l.SchoolId == demo, Ct);
            student.ClassName = "Teruggedraaid";
            await db.SaveChangesAsync(Ct);
            await transaction.RollbackAsync(Ct);
        }

        db.ChangeTracker.Clear();
        Assert.Equal(before, await VersionAsync(db, demo));
    }

    private async Task<int> DemoSchoolIdAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(Ct);
    }

    private async Task RenameAStudentAsync(int schoolId)
    {
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.OrderBy(l => l.Id).FirstAsync(l => l.SchoolId == schoolId, Ct);
        student.ClassName = $"K{Guid.NewGuid():N}"[..6];
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<long> VersionAsync(LeerwerkDbContext db, int schoolId) =>
        await db.DataVersions.Where(v => v.SchoolId == schoolId).Select(v => (long?)v.Version).SingleOrDefaultAsync(Ct) ?? 0;

    /// <summary>A clock the test moves on by hand.</summary>
    private sealed class Stopwatchklok : TimeProvider
    {
        private long _ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Verder(TimeSpan tijd) => _ticks += tijd.Ticks;
    }
}
