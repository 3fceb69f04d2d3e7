using System.Net;
using Leerwerk.Data.Demo;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Examen;

[Collection(WebCollectionB.Name)]
public sealed class ExamenPageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Index_Examensecretaris_ShowsEachLeerjaar4CandidateWithTheEngineResult()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var expected = await ExpectedAsync();

        var (response, page) = await client.GetPageAsync("/Examen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(expected.Count, rows.Length);
        Assert.True(expected.Count >= 30, $"demo has {expected.Count} leerjaar 4 bb candidates");
        foreach (var row in rows)
        {
            var (_, uitslag) = expected[row.GetAttribute("data-leerlingnummer")!];
            var cells = row.QuerySelectorAll("td");
            Assert.Equal(Label(uitslag.Status), cells[3].TextContent.Trim());
            Assert.Equal(uitslag.ToegepasteRegeling == UitslagRegeling.Lwt ? "LWT" : "BB", cells[4].TextContent.Trim());
        }
    }

    [Fact]
    public async Task Index_FilterOnStatusAndClass_ShowsOnlyThoseCandidates()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, all) = await client.GetPageAsync("/Examen?sort=klas");
        var klas = all.QuerySelectorAll("tbody tr")
            .Where(r => r.QuerySelector(".tag")!.TextContent == "Onvolledig")
            .Select(r => r.QuerySelectorAll("td")[1].TextContent)
            .First(c => c.Length > 0);
        var (_, page) = await client.GetPageAsync($"/Examen?status=onvolledig&klas={klas}");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(klas, r.QuerySelectorAll("td")[1].TextContent));
        Assert.All(rows, r => Assert.Equal("Onvolledig", r.QuerySelector(".tag")!.TextContent));
        var (_, geslaagd) = await client.GetPageAsync("/Examen?status=geslaagd");
        Assert.NotEmpty(geslaagd.QuerySelectorAll("tbody tr"));
        Assert.All(geslaagd.QuerySelectorAll("tbody tr"), r => Assert.Equal("Geslaagd", r.QuerySelector(".tag")!.TextContent));
    }

    [Fact]
    public async Task Kandidaat_DemoStudent_ShowsGradesReasonsAndWhatIsStillNeededAsTheEngineSays()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var expected = await ExpectedAsync();
        var (student, uitslag) = expected.Values.First(e => e.Uitslag.NogNodig.Any(n => n.Minimum is not null));

        var (response, page) = await client.GetPageAsync($"/Examen/Kandidaat/{student.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Label(uitslag.Status), page.QuerySelector(".uitslag-samenvatting .tag")!.TextContent);
        Assert.Equal(student.Vakken.Count, page.QuerySelectorAll("table:not(.nog-nodig):not(.examenplanning) tbody tr").Length);
        var redenen = page.QuerySelectorAll(".redenen li");
        Assert.Equal(uitslag.Redenen.Count, redenen.Length);
        Assert.All(redenen, r => Assert.StartsWith("https://", r.QuerySelector("a.citation")!.GetAttribute("href"), StringComparison.Ordinal));
        var nodig = page.QuerySelectorAll(".nog-nodig tbody tr");
        Assert.Equal(uitslag.NogNodig.Count, nodig.Length);
        var eerste = uitslag.NogNodig.First(n => n.Minimum is not null);
        var rij = nodig.Single(r => r.QuerySelector("th")!.TextContent == eerste.Vak);
        Assert.Equal(Domain.Nl.Number(eerste.Minimum!.Value), rij.QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public async Task Kandidaat_Unknown_IsNotFound()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (response, _) = await client.GetPageAsync("/Examen/Kandidaat/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("examensecretaris")]
    [InlineData("coordinator")]
    [InlineData("demobeheerder")]
    public async Task Pages_ExamRoles_MaySeeThem(string user)
    {
        using var client = await TestClient.LoggedInAsync(factory, user);

        foreach (var url in new[] { "/Examen", "/Examen/Berekenen" })
        {
            var (response, _) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("mentor")]
    [InlineData("mbopartner")]
    public async Task Pages_OtherRoles_AreRefused(string user)
    {
        using var client = await TestClient.LoggedInAsync(factory, user);
        await using var db = factory.CreateSystemDbContext();
        var id = await db.Leerlingen.Where(l => l.Leerjaar == 4).Select(l => l.Id).FirstAsync(TestContext.Current.CancellationToken);

        foreach (var url in new[] { "/Examen", $"/Examen/Kandidaat/{id}", "/Examen/Berekenen" })
        {
            var (response, _) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
        }
    }

    internal static string Label(UitslagStatus status) => status switch
    {
        UitslagStatus.Geslaagd => "Geslaagd",
        UitslagStatus.Afgewezen => "Afgewezen",
        UitslagStatus.Onvolledig => "Onvolledig",
        UitslagStatus.Ongeldig => "Ongeldig",
    };

    /// <summary>The demo school's leerjaar 4 bb students and what the engine says, computed here independently of the page.</summary>
    private async Task<Dictionary<string, (Leerling Student, Uitslag Uitslag)>> ExpectedAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        var school = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken);
        var students = await db.Leerlingen.Include(l => l.Vakken).Include(l => l.Routes)
            .Where(l => l.SchoolId == school && l.Leerjaar == 4 && l.Leerweg == Leerweg.Bb)
            .ToListAsync(TestContext.Current.CancellationToken);
        var today = Arrange.Today;
        // A student who left (the demo's graduate of last year) is no candidate any more.
        students.RemoveAll(s => s.IsUitgestroomdOp(today));
        return students.ToDictionary(s => s.Leerlingnummer, s =>
        {
            var kandidaat = new Kandidaat(s.Leerlingnummer,
                s.RouteOn(today) == Leerroute.LeerWerktraject ? UitslagRegeling.Lwt : UitslagRegeling.Bb,
                [.. s.Vakken.OrderBy(v => v.Id).Select(v => new KandidaatVak(v.Name, v.Soort, v.Deel, v.Se, v.Ce, v.CeResit))],
                s.Lo, s.Kunstvakken);
            return (s, UitslagBepaling.Bepaal(kandidaat));
        }, StringComparer.Ordinal);
    }
}
