using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages;

/// <summary>A user sees only the records of their own schools: the one global filter in the DbContext.</summary>
[Collection(WebCollection.Name)]
public sealed class SchoolScopeTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Dashboard_UserOfAnotherSchool_SeesNoneOfTheDemoStudents()
    {
        var (_, userName) = await Arrange.OtherSchoolUserAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory, userName, Arrange.Password);

        var (_, page) = await client.GetPageAsync("/");

        Assert.Equal("0", page.QuerySelector(".card .value")!.TextContent);
    }

    [Fact]
    public async Task Rapportage_UserOfAnotherSchool_CountsOnlyTheirOwnStudents()
    {
        var (_, userName) = await Arrange.OtherSchoolUserAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory, userName, Arrange.Password);

        var (_, page) = await client.GetPageAsync("/Rapportage");

        Assert.Equal("0", page.QuerySelector("main table")!.QuerySelectorAll("tfoot td")[2].TextContent);
    }

    [Fact]
    public async Task Database_ScopedContext_ReturnsOnlyTheSchoolsOfTheScope()
    {
        var records = await Arrange.ForeignSchoolAsync(factory);
        await using var scoped = factory.CreateScopedDbContext("test", records.SchoolId);

        var students = await scoped.Leerlingen.ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(records.LeerlingId, Assert.Single(students).Id);
    }

    [Fact]
    public async Task Database_WriteIntoAnotherSchool_IsRefused()
    {
        var records = await Arrange.ForeignSchoolAsync(factory);
        await using var scoped = factory.CreateScopedDbContext("test", records.SchoolId);
        scoped.MboInstellingen.Add(new Domain.Scholen.MboInstelling { SchoolId = records.SchoolId + 1000, Name = "X", BevoegdGezag = "X" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => scoped.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Database_Change_IsAuditedWithUserAndValues()
    {
        var records = await Arrange.ForeignSchoolAsync(factory);
        await using var system = factory.CreateSystemDbContext();
        await using (var scoped = factory.CreateScopedDbContext("auditor", records.SchoolId))
        {
            var tracked = await scoped.Leerlingen.SingleAsync(l => l.Id == records.LeerlingId, TestContext.Current.CancellationToken);
            tracked.ClassName = "3B9";
            await scoped.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var entry = await system.Audit.Where(a => a.EntityType == "Leerling" && a.UserName == "auditor")
            .SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("gewijzigd", entry.Action);
        Assert.Equal(records.LeerlingId.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Contains("3B9", entry.Changes, StringComparison.Ordinal);
    }
}
