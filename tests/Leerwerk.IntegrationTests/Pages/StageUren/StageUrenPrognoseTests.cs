using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.StageUren.Prognose;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

[Collection(WebCollectionB.Name)]
public sealed class StageUrenPrognoseTests(LeerwerkAppFactory factory)
{
    private static async Task<int> AtRiskStudentIdAsync(LeerwerkAppFactory factory)
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync("/StageUren");
        var href = page.QuerySelector("tbody tr td:first-child a")!.GetAttribute("href")!;
        return int.Parse(href["/StageUren/Leerling/".Length..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Leerling_ShowsChartWithTextAlternativeAndTheForecastSentence()
    {
        var id = await AtRiskStudentIdAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var dossier = (await db.LoadDossierAsync(id, TestContext.Current.CancellationToken))!;
        var prognose = StageUrenPrognose.Bereken(dossier, Arrange.Today);

        var (response, page) = await client.GetPageAsync($"/StageUren/Leerling/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var svg = page.QuerySelector("figure svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("grafiek-zin", svg.GetAttribute("aria-labelledby"));
        Assert.NotNull(page.GetElementById("grafiek-zin"));
        Assert.Contains("Minimum 640 uur", svg.TextContent, StringComparison.Ordinal);
        // A figure of 1 000 or more is grouped for the reader (Nl.Amount), as on the rest of the page.
        Assert.Contains("Maximum 1.280 uur", svg.TextContent, StringComparison.Ordinal);
        Assert.Contains("1.280 uur (maximum)", page.GetElementById("grafiek-zin")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StageUrenPrognose.Zin(prognose, dossier.Leerling.FullName), page.GetElementById("risico-zin")!.TextContent.Trim());
        Assert.StartsWith("Risico:", page.GetElementById("risico-zin")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("table caption"), c => c.TextContent.Contains("tekstversie van de grafiek", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leerling_OfAnotherSchool_IsADutch404()
    {
        var (records, _) = await Arrange.OtherSchoolUserAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/StageUren/Leerling/{records.LeerlingId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("niet gevonden", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Csv_HasBomSemicolonsAndDecimalCommas_SameRowsAsThePage()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync("/StageUren?klas=4B1");

        var response = await client.Http.GetAsync(new Uri("/StageUren?handler=Csv&klas=4B1", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\n')).ToList();
        Assert.StartsWith("Leerlingnummer;Naam;Klas;Leerjaar;Meetellende uren", lines[0], StringComparison.Ordinal);
        Assert.Equal(page.QuerySelectorAll("tbody tr").Length, lines.Count - 1);
        var firstRow = page.QuerySelector("tbody tr")!.QuerySelectorAll("td");
        var cells = lines[1].Split(';');
        Assert.Equal(firstRow[2].TextContent, cells[4]);
        Assert.Equal("4B1", cells[2]);
        Assert.DoesNotContain(lines.Skip(1), l => System.Text.RegularExpressions.Regex.IsMatch(l, @";\d+\.\d"));
    }

    [Fact]
    public async Task Xlsx_IsValidOpenXml_WithNumbersAsNumbers()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.Http.GetAsync(new Uri("/StageUren?handler=Xlsx", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.True(rows.Count > 1);
        var hoursCell = rows[1].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(4);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, hoursCell.DataType!.Value);
    }

    [Fact]
    public async Task StudentDetails_ShowsTheStartCheck()
    {
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.Where(l => l.Leerjaar == 4).OrderBy(l => l.Leerlingnummer).FirstAsync(TestContext.Current.CancellationToken);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");

        var section = page.QuerySelector("section.startcheck")!;
        Assert.Contains("Startcheck stage-uren (B2)", section.TextContent, StringComparison.Ordinal);
        Assert.NotNull(section.QuerySelector($"a[href='/StageUren/Startcheck/{student.Id}']"));
    }

    [Fact]
    public async Task Startcheck_LateStartWithOneDay_IsTooLittleRoom_EarlyStartWithTwoDays_IsEnough()
    {
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.Where(l => l.Leerjaar == 3).OrderBy(l => l.Leerlingnummer).FirstAsync(TestContext.Current.CancellationToken);
        using var client = await TestClient.LoggedInAsync(factory);
        var year = Arrange.Today.Month >= 8 ? Arrange.Today.Year : Arrange.Today.Year - 1;

        var (_, late) = await client.GetPageAsync($"/StageUren/Startcheck/{student.Id}?Start={year + 2}-02-01&Woensdag=8");
        var (_, early) = await client.GetPageAsync($"/StageUren/Startcheck/{student.Id}?Start={year}-09-01&Dinsdag=8&Donderdag=8");

        Assert.Contains("te weinig ruimte", late.GetElementById("uitkomst")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ruimte genoeg", early.GetElementById("uitkomst")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startcheck_BadHours_GivesADutchMessage()
    {
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.OrderBy(l => l.Leerlingnummer).FirstAsync(TestContext.Current.CancellationToken);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/StageUren/Startcheck/{student.Id}?Start=2026-09-01&Maandag=13");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Maandag: vul 0 tot en met 12 uur in.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.GetElementById("uitkomst"));
    }

    [Fact]
    public async Task Overzicht_MatchesTheDossierForecastOfEachStudent()
    {
        await using var db = factory.CreateSystemDbContext();
        var today = Arrange.Today;
        var rows = await db.LoadStageUrenOverzichtAsync(today, TestContext.Current.CancellationToken);
        var demo = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken);

        foreach (var row in rows.Where(r => r.SchoolId == demo).Take(5))
        {
            var dossier = (await db.LoadDossierAsync(row.LeerlingId, TestContext.Current.CancellationToken))!;
            var prognose = StageUrenPrognose.Bereken(dossier, today);
            Assert.Equal(prognose.PrognoseUren, row.Prognose.PrognoseUren);
            Assert.Equal(prognose.PrognoseDagen, row.Prognose.PrognoseDagen);
        }
    }
}
