using System.Net;
using Leerwerk.Domain;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

[Collection(WebCollection.Name)]
public sealed class DetailsTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Details_DemoStudentWithGrades_ShowsDataParentsRoutesAndGradesWithCommas()
    {
        await using var db = factory.CreateSystemDbContext();
        var students = await db.Leerlingen.AsNoTracking()
            .Include(l => l.Vertegenwoordigers).Include(l => l.Routes).Include(l => l.Vakken)
            .AsSplitQuery()
            .Where(l => l.Leerjaar == 4 && l.Leerlingnummer.StartsWith("24"))
            .OrderBy(l => l.Leerlingnummer)
            .ToListAsync(TestContext.Current.CancellationToken);
        var student = students.First(l => l.Vakken.Any(v => v.Se is not null && v.Se != Math.Floor(v.Se.Value)));
        var grade = student.Vakken.First(v => v.Se is not null && v.Se != Math.Floor(v.Se.Value));
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (response, page) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(student.FullName, page.QuerySelector("h1")!.TextContent);
        var details = page.QuerySelector("dl.details")!.TextContent;
        Assert.Contains(student.Leerlingnummer, details, StringComparison.Ordinal);
        Assert.Contains(Nl.Date(student.BirthDate), details, StringComparison.Ordinal);
        Assert.Contains($"{student.AgeOn(Arrange.Today)} jaar", details, StringComparison.Ordinal);
        Assert.Contains("Basisberoepsgerichte leerweg (BB)", details, StringComparison.Ordinal);
        var text = page.Body!.TextContent;
        Assert.Contains(student.Vertegenwoordigers[0].Name, text, StringComparison.Ordinal);
        Assert.Contains("Toelatingscommissie LWT", text, StringComparison.Ordinal);
        Assert.Contains("Leer-werktraject", text, StringComparison.Ordinal);
        var row = page.QuerySelectorAll("table.vakken tbody tr").Single(r => r.Children[0].TextContent == grade.Name);
        Assert.Equal(Nl.Number(grade.Se!.Value), row.Children[1].TextContent);
        Assert.Contains(",", row.Children[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_Minor_SaysMinor()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");

        var dts = page.QuerySelectorAll("dl.details dt").ToList();
        var minor = dts.Single(dt => dt.TextContent == "Minderjarig").NextElementSibling!.TextContent;
        Assert.Equal("Ja", minor);
        Assert.Equal("15 jaar", dts.Single(dt => dt.TextContent == "Leeftijd").NextElementSibling!.TextContent);
    }

    [Fact]
    public async Task Details_UnknownId_GivesDutch404()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync("/Leerlingen/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Details_MboPartner_IsDenied()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var (response, _) = await client.GetPageAsync("/Leerlingen/Details/1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }
}
