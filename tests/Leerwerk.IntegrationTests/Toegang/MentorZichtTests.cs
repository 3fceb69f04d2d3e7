using System.Net;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Queries;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>A mentor sees the students linked to its account, and only those: the list, the dossier, its PDF, intake and route.</summary>
[Collection(WebCollection.Name)]
public sealed class MentorZichtTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task StudentList_Mentor_ShowsExactlyTheLinkedStudents()
    {
        var (mentor, linked, _) = await MentorWithTwoStudentsAsync();
        using var client = await TestClient.LoggedInAsync(factory, mentor, Arrange.Password);

        var (_, page) = await client.GetPageAsync("/Leerlingen");

        var shown = page.QuerySelectorAll("table tbody tr td:nth-child(2) a").Select(a => a.GetAttribute("href")).Order().ToList();
        Assert.Equal(linked.Select(id => $"/Leerlingen/Details/{id}").Order(), shown);
    }

    [Theory]
    [InlineData("/Leerlingen/Details/{0}")]
    [InlineData("/Leerlingen/DossierPdf/{0}")]
    [InlineData("/Leerlingen/Intake/{0}")]
    [InlineData("/Leerlingen/Route/{0}")]
    public async Task StudentPages_Mentor_OpenForALinkedStudent_NotFoundForAnother(string template)
    {
        var (mentor, linked, other) = await MentorWithTwoStudentsAsync();
        using var client = await TestClient.LoggedInAsync(factory, mentor, Arrange.Password);

        var (own, _) = await client.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, linked[0]));
        var (foreign, _) = await client.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, other));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Dossier_KeptAfterTheCoordinatorOpenedIt_StillNotFoundForTheMentorAndAnotherSchool()
    {
        var (mentor, _, other) = await MentorWithTwoStudentsAsync();
        var (_, elders) = await Arrange.OtherSchoolUserAsync(factory);
        using (var coordinator = await TestClient.LoggedInAsync(factory, "coordinator"))
        {
            // The coördinator's view is kept (ADR 0016) for the demo school's users: the mentor shares its schools.
            for (var i = 0; i < 2; i++)
            {
                var (seen, _) = await coordinator.GetPageAsync($"/Leerlingen/Details/{other}");
                Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
            }
        }

        using var asMentor = await TestClient.LoggedInAsync(factory, mentor, Arrange.Password);
        using var asElders = await TestClient.LoggedInAsync(factory, elders, Arrange.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await asMentor.GetPageAsync($"/Leerlingen/Details/{other}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await asElders.GetPageAsync($"/Leerlingen/Details/{other}")).Response.StatusCode);
    }

    [Fact]
    public async Task StudentList_Coordinator_StillShowsStudentsNotLinkedToAnyMentor()
    {
        var (_, _, other) = await MentorWithTwoStudentsAsync();
        using var client = await TestClient.LoggedInAsync(factory, "coordinator");

        var pages = await client.GetAllPagesAsync("/Leerlingen");

        Assert.Single(pages, page => page.QuerySelector($"a[href='/Leerlingen/Details/{other}']") is not null);
    }

    // A fresh mentor account linked to two demo students; a third student of the school is linked to no one of it.
    private async Task<(string UserName, IReadOnlyList<int> Linked, int Other)> MentorWithTwoStudentsAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var userName = $"mentor{Guid.NewGuid():N}"[..14];
        var user = await Arrange.UserAsync(factory, userName, Roles.Mentor, schoolId);
        await using var db = factory.CreateSystemDbContext();
        var ids = await db.Leerlingen.Where(l => l.SchoolId == schoolId).OrderBy(l => l.Id).Select(l => l.Id).Take(3).ToListAsync(ct);
        Assert.Equal(3, ids.Count);
        db.MentorLeerlingen.AddRange(ids.Take(2).Select(id => new MentorLeerling { UserId = user.Id, LeerlingId = id, SchoolId = schoolId }));
        await db.SaveChangesAsync(ct);
        Assert.Equal(2, await db.Leerlingen.GementoreerdDoor(db, user.Id).CountAsync(ct));
        return (userName, ids.Take(2).ToList(), ids[2]);
    }
}
