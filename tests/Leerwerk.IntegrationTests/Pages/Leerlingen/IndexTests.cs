using System.Net;
using AngleSharp.Dom;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

[Collection(WebCollection.Name)]
public sealed class IndexTests(LeerwerkAppFactory factory)
{
    // Columns: leerlingnummer, naam, leerjaar, klas, profiel, route, mentor.
    private static List<string[]> Rows(IDocument page) => page.QuerySelectorAll("table tbody tr")
        .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
        .ToList();

    // The list pages (50 a page): every row of every page, in order.
    private static async Task<List<string[]>> AllRowsAsync(TestClient client, string url) =>
        [.. (await client.GetAllPagesAsync(url)).SelectMany(Rows)];

    [Fact]
    public async Task Index_Coordinator_ShowsDemoStudentsWithProfielAndRoute()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, _) = await client.GetPageAsync("/Leerlingen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await AllRowsAsync(client, "/Leerlingen");
        Assert.True(rows.Count >= 60);
        var first = Assert.Single(rows, r => r[0] == "24001");
        Assert.Equal("Z&W", first[4]);
        Assert.Equal("Leer-werktraject", first[5]);
        Assert.Contains(first[6], new[] { "Dennis Bakker", "Fatma Öztürk" });
    }

    [Fact]
    public async Task Index_Always_SortedByClassThenName()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var classes = (await AllRowsAsync(client, "/Leerlingen?route=LeerWerktraject")).Select(r => r[3]).ToList();
        Assert.Equal(classes.Order(StringComparer.OrdinalIgnoreCase), classes);
    }

    [Fact]
    public async Task Index_FilterLeerjaar_ShowsOnlyThatLeerjaar()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var expected = await db.Leerlingen.CountAsync(l => l.SchoolId == schoolId && l.Leerjaar == 3, TestContext.Current.CancellationToken);

        var (_, page) = await client.GetPageAsync("/Leerlingen?leerjaar=3");
        var rows = await AllRowsAsync(client, "/Leerlingen?leerjaar=3");

        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("3", r[2]));
        Assert.Equal("3", page.QuerySelector("#leerjaar option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Index_FilterProfiel_ShowsOnlyThatProfiel()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var expected = await db.Leerlingen.CountAsync(l => l.SchoolId == schoolId && l.ProfielCode == "GR", TestContext.Current.CancellationToken);

        var rows = await AllRowsAsync(client, "/Leerlingen?profiel=GR");

        Assert.True(expected >= 11);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("Groen", r[4]));
    }

    [Fact]
    public async Task Index_FilterRoute_ShowsOnlyStudentsOnThatRouteToday()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var lwt = await AllRowsAsync(client, "/Leerlingen?route=LeerWerktraject");
        var regulier = await AllRowsAsync(client, "/Leerlingen?route=RegulierBb");

        Assert.True(lwt.Count >= 60);
        Assert.All(lwt, r => Assert.Equal("Leer-werktraject", r[5]));
        Assert.All(regulier, r => Assert.Equal("Regulier bb", r[5]));
        Assert.DoesNotContain(regulier, r => r[0] == "24001");
    }

    [Fact]
    public async Task Index_SearchNumber_FindsThatStudent()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/Leerlingen?q=24001");

        Assert.Equal("24001", Assert.Single(Rows(page))[0]);
    }

    [Fact]
    public async Task Index_SearchNamePartInOtherCase_FindsMatchingStudents()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/Leerlingen?q=TESTHOVEN");

        var rows = Rows(page);
        Assert.Contains(rows, r => r[0] == student.Leerlingnummer);
        Assert.All(rows, r => Assert.Contains("testhoven", r[1], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Index_SearchWithoutDiaeresis_FindsNameWithDiaeresis()
    {
        var student = await TestStudents.CreateAsync(factory, "Chloë");
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/Leerlingen?q=chloe+van+testhoven");

        Assert.Contains(Rows(page), r => r[0] == student.Leerlingnummer && r[1] == "Chloë van Testhoven");
    }

    [Fact]
    public async Task Index_Mentor_CanReadButGetsNoNewButton()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, page) = await client.GetPageAsync("/Leerlingen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("a[href='/Leerlingen/Nieuw']"));
    }

    [Fact]
    public async Task Index_MboPartner_IsDenied()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var (response, _) = await client.GetPageAsync("/Leerlingen");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }
}
