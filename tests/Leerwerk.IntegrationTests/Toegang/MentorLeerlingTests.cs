using Leerwerk.Data.Queries;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>The mentor link decides which students a mentor account sees; the demo links its mentor to the students named for it.</summary>
[Collection(WebCollection.Name)]
public sealed class MentorLeerlingTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task DemoMentor_LinkedOnlyToStudentsNamingDennisBakker()
    {
        await using var db = factory.CreateSystemDbContext();
        var mentorId = await db.Users.Where(u => u.UserName == "mentor").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);

        var linked = await db.Leerlingen.GementoreerdDoor(db, mentorId).Select(l => l.Id).OrderBy(id => id).ToListAsync(TestContext.Current.CancellationToken);
        var named = await db.Leerlingen.Where(l => l.MentorName == "Dennis Bakker").Select(l => l.Id).OrderBy(id => id).ToListAsync(TestContext.Current.CancellationToken);

        // Other tests add students named for the mentor after the demo was loaded; those are not linked, so only the
        // demo's part is compared: every linked student is named for the mentor, and the demo linked at least one.
        Assert.NotEmpty(linked);
        Assert.Subset(named.ToHashSet(), linked.ToHashSet());
    }

    [Fact]
    public async Task OtherUser_LinkedToNoStudent()
    {
        await using var db = factory.CreateSystemDbContext();
        var coordinatorId = await db.Users.Where(u => u.UserName == "coordinator").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);

        Assert.False(await db.Leerlingen.GementoreerdDoor(db, coordinatorId).AnyAsync(TestContext.Current.CancellationToken));
    }
}
