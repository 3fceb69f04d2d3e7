using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Rapportage;

/// <summary>
/// The counts of bijlage 05 on /Rapportage: the demo school's LWT students per profiel × leerjaar equal a count made
/// in the database, the CSV and XLSX carry the same numbers, and the installation's beheerder counts every school.
/// A fresh app of its own, so no other test's students are counted.
/// </summary>
public sealed class LwtTellingTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoSchool_CountsPerProfielEqualTheDatabase_AndTheFilesCarryTheSameNumbers()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var expected = await CountInDatabaseAsync(schoolId);
        Assert.True(expected.Values.Sum(v => v.Leerjaar3 + v.Leerjaar4) >= 60);

        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync("/Rapportage");
        Assert.Equal("uw school", page.QuerySelector("#bereik")!.TextContent);
        var rows = page.QuerySelector("main table")!.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(Profielen.All.Count, rows.Count);
        foreach (var (profiel, row) in Profielen.All.Zip(rows))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
            var (jaar3, jaar4) = expected.GetValueOrDefault(profiel.Code);
            Assert.Equal(new[] { Text(jaar3), Text(jaar4), Text(jaar3 + jaar4) }, cells[2..5]);
            var landelijk = LandelijkeTelling.Van(profiel.Code)!;
            Assert.Equal(new[] { Text(landelijk.Leerjaar3), Text(landelijk.Leerjaar4), Text(landelijk.Totaal) }, cells[6..9]);
        }

        // The national total of bijlage 05: 1 207 LWT students in 2019–2020.
        var voet = page.QuerySelector("main table tfoot")!.QuerySelectorAll("td");
        Assert.Equal("1.207", voet[voet.Length - 1].TextContent);
        var svg = page.QuerySelector("figure.grafiek svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(page.GetElementById(svg.GetAttribute("aria-labelledby")!));
        Assert.NotEmpty(page.QuerySelectorAll("#trend tbody tr"));

        using var csv = await client.Http.GetAsync(new Uri("/Rapportage?handler=Csv", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
        Assert.Equal(Profielen.All.Count + 2, lines.Count);
        foreach (var profiel in Profielen.All)
        {
            var line = lines.Single(l => l[1] == profiel.LwtVakcode.ToString(CultureInfo.InvariantCulture));
            var (jaar3, jaar4) = expected.GetValueOrDefault(profiel.Code);
            Assert.Equal(new[] { jaar3.ToString(CultureInfo.InvariantCulture), jaar4.ToString(CultureInfo.InvariantCulture), (jaar3 + jaar4).ToString(CultureInfo.InvariantCulture) }, line[2..5]);
        }

        using var xlsx = await client.Http.GetAsync(new Uri("/Rapportage?handler=Xlsx", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheetRows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).ToList();
        foreach (var profiel in Profielen.All)
        {
            var cells = sheetRows.Select(r => r.Elements<Cell>().ToList()).Single(c => c[1].InnerText == profiel.LwtVakcode.ToString(CultureInfo.InvariantCulture));
            var (jaar3, jaar4) = expected.GetValueOrDefault(profiel.Code);
            Assert.Equal(CellValues.Number, cells[2].DataType!.Value);
            Assert.Equal(new[] { jaar3, jaar4, jaar3 + jaar4 }, cells[2..5].Select(c => int.Parse(c.InnerText, CultureInfo.InvariantCulture)));
        }

        // Counts are no personal data: the download is not in the audit trail as an export.
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Audit.AnyAsync(a => a.EntityId == "/Rapportage/Index", Ct));
    }

    [Fact]
    public async Task InstallationsBeheerder_CountsEverySchool_ASchoolsCoordinatorOnlyHis()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        await using (var db = factory.CreateSystemDbContext())
        {
            db.Add(new RouteBesluit { SchoolId = foreign.SchoolId, LeerlingId = foreign.LeerlingId, Route = Leerroute.LeerWerktraject, StartDate = Arrange.Today.AddMonths(-2), DecidedBy = "test" });
            await db.SaveChangesAsync(Ct);
        }

        var schoolIds = await AllSchoolIdsAsync();
        var name = $"inst{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, name, Roles.Beheerder, [.. schoolIds]);
        var demo = (await CountInDatabaseAsync(await Arrange.DemoSchoolIdAsync(factory))).Values.Sum(v => v.Leerjaar3 + v.Leerjaar4);
        var all = 0;
        foreach (var id in schoolIds)
        {
            all += (await CountInDatabaseAsync(id)).Values.Sum(v => v.Leerjaar3 + v.Leerjaar4);
        }

        // The other school's one LWT student is in the installation's count, not in the demo school's.
        Assert.True(all > demo, $"{all} > {demo}");
        using var beheerder = await TestClient.LoggedInAsync(factory, name, Arrange.Password);
        var (_, page) = await beheerder.GetPageAsync("/Rapportage");
        Assert.Equal("alle scholen van de installatie", page.QuerySelector("#bereik")!.TextContent);
        Assert.Equal(Text(all), page.QuerySelector("main table tfoot")!.QuerySelectorAll("td")[2].TextContent);

        using var coordinator = await TestClient.LoggedInAsync(factory);
        var (_, own) = await coordinator.GetPageAsync("/Rapportage");
        Assert.Equal(Text(demo), own.QuerySelector("main table tfoot")!.QuerySelectorAll("td")[2].TextContent);
    }

    private static string Text(int value) => value.ToString("#,0", Domain.Nl.Culture);

    private async Task<List<int>> AllSchoolIdsAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Scholen.Select(s => s.Id).ToListAsync(Ct);
    }

    /// <summary>The count in SQL: students at school today whose latest route decision by today is the LWT, per profiel and leerjaar.</summary>
    private async Task<Dictionary<string, (int Leerjaar3, int Leerjaar4)>> CountInDatabaseAsync(int schoolId)
    {
        var today = Arrange.Today;
        await using var db = factory.CreateSystemDbContext();
        var counts = await db.Leerlingen
            .Where(l => l.SchoolId == schoolId && (l.UitgestroomdOp == null || l.UitgestroomdOp > today) && (l.Leerjaar == 3 || l.Leerjaar == 4))
            .Where(l => l.Routes.Where(r => r.StartDate <= today).OrderByDescending(r => r.StartDate)
                .Select(r => (Leerroute?)r.Route).FirstOrDefault() == Leerroute.LeerWerktraject)
            .GroupBy(l => new { l.ProfielCode, l.Leerjaar })
            .Select(g => new { g.Key.ProfielCode, g.Key.Leerjaar, Count = g.Count() })
            .ToListAsync(Ct);
        return counts.Where(c => c.ProfielCode is not null).GroupBy(c => c.ProfielCode!)
            .ToDictionary(g => g.Key, g => (g.Where(c => c.Leerjaar == 3).Sum(c => c.Count), g.Where(c => c.Leerjaar == 4).Sum(c => c.Count)));
    }
}
