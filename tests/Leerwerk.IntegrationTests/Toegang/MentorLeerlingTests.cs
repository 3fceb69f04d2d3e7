using Leerwerk.Data.Queries;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>
/// The mentor link decides which students a mentor account sees; the demo links its mentor to the students named for it.
/// A fresh app of its own: other tests rename students' mentors and link the demo mentor to more students.
/// </summary>
public sealed class MentorLeerlingTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    [Fact]
    public async Task DemoMentor_LinkedToExactlyTheStudentsNamingDennisBakker()
    {
        await using var db = factory.CreateSystemDbContext();
        var mentorId = await db.Users.Where(u => u.UserName == "mentor").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);

        var linked = await db.Leerlingen.GementoreerdDoor(db, mentorId).Select(l => l.Id).OrderBy(id => id).ToListAsync(TestContext.Current.CancellationToken);
        var named = await db.Leerlingen.Where(l => l.MentorName == "Dennis Bakker").Select(l => l.Id).OrderBy(id => id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(linked);
        Assert.Equal(named, linked);
    }

    [Fact]
    public async Task OtherUser_LinkedToNoStudent()
    {
        await using var db = factory.CreateSystemDbContext();
        var coordinatorId = await db.Users.Where(u => u.UserName == "coordinator").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);

        Assert.False(await db.Leerlingen.GementoreerdDoor(db, coordinatorId).AnyAsync(TestContext.Current.CancellationToken));
    }
}
