using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Csv;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Bevindingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Bevindingen;

/// <summary>
/// The school's worklist through HTTP: filters, views, paging, the exports read back, who sees what. Every test arranges
/// its own students in a class of its own and filters on it, so the demo's findings (which change) are never counted.
/// </summary>
[Collection(WebCollectionB.Name)]
public sealed class BevindingenPageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coordinator_FilterOnClassAndE6_ListsTheArrangedFindingWithALinkToTheSignatures()
    {
        var placement = await Arrange.PlacementAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/Bevindingen?regel=E6&klas={placement.ClassName}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("#bevindingen tbody tr"));
        Assert.Equal("E6", row.GetAttribute("data-regel"));
        Assert.Contains(placement.LastName, row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Overeenkomsten/Leerwerk/{placement.AgreementId}#ondertekening", row.QuerySelector("a.herstel")!.GetAttribute("href"));
        var perRegel = Assert.Single(page.QuerySelectorAll("#per-regel tbody tr"));
        Assert.Equal("E6", perRegel.GetAttribute("data-regel"));
    }

    [Fact]
    public async Task Filters_KindLeerjaarAndCompany_LetOnlyMatchingFindingsThrough()
    {
        var placement = await Arrange.PlacementAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var klas = placement.ClassName;

        var moet = await RowsAsync(client, $"/Bevindingen?soort=MOET&klas={klas}");
        var advies = await RowsAsync(client, $"/Bevindingen?soort=ADVIES&klas={klas}");
        var otherYear = await RowsAsync(client, $"/Bevindingen?leerjaar=4&klas={klas}");
        var all = await RowsAsync(client, $"/Bevindingen?klas={klas}");
        var companyId = await CompanyIdAsync(placement.AgreementId);
        var atCompany = await RowsAsync(client, $"/Bevindingen?klas={klas}&leerbedrijf={companyId}");

        Assert.Contains(moet, r => r.GetAttribute("data-regel") == "E6");
        Assert.All(moet, r => Assert.Equal("MOET", r.QuerySelector("td")!.TextContent.Trim()));
        Assert.All(advies, r => Assert.Equal("ADVIES", r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal(all.Count, moet.Count + advies.Count);
        Assert.Empty(otherYear);
        Assert.Equal(all.Count, atCompany.Count);
    }

    [Fact]
    public async Task Paging_FiftyFiveStudents_TwoPagesThatTogetherHoldEveryFinding()
    {
        var klas = Arrange.NewClassName();
        await Arrange.UnsignedPlacementsAsync(factory, klas, 55);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, firstPage) = await client.GetPageAsync($"/Bevindingen?regel=E6&klas={klas}");
        var first = firstPage.QuerySelectorAll("#bevindingen tbody tr").ToList();
        var (_, page) = await client.GetPageAsync($"/Bevindingen?regel=E6&klas={klas}&pagina=2");
        var second = page.QuerySelectorAll("#bevindingen tbody tr").ToList();

        Assert.Equal(Web.Pages.Bevindingen.IndexModel.PageSize, first.Count);
        Assert.Equal(55 - Web.Pages.Bevindingen.IndexModel.PageSize, second.Count);
        Assert.Empty(first.Select(Subject).Intersect(second.Select(Subject)));
        Assert.NotNull(page.QuerySelector("a[rel='prev']"));
        Assert.Null(page.QuerySelector("a[rel='next']"));
    }

    [Fact]
    public async Task Exports_CsvAndXlsx_ReadBackToTheFilteredFindings()
    {
        var klas = Arrange.NewClassName();
        var students = await Arrange.UnsignedPlacementsAsync(factory, klas, 3);
        using var client = await TestClient.LoggedInAsync(factory);
        var shown = await RowsAsync(client, $"/Bevindingen?klas={klas}");

        var csv = await client.Http.GetAsync(new Uri($"/Bevindingen?handler=Csv&klas={klas}", UriKind.Relative), Ct);
        var xlsx = await client.Http.GetAsync(new Uri($"/Bevindingen?handler=Xlsx&klas={klas}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var records = CsvRecords.Read(Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync(Ct))[3..]), ';');
        Assert.Equal(BevindingenExport.Headers, records[0].Fields.ToArray());
        var rows = records.Skip(1).ToList();
        Assert.Equal(shown.Count, rows.Count);
        Assert.Equal(3, rows.Count(r => r.Fields[0] == "MOET" && r.Fields[1] == "E6"));
        Assert.All(students, s => Assert.Contains(rows, r => r.Fields[2].Contains(s.Leerlingnummer, StringComparison.Ordinal)));
        Assert.All(rows, r => Assert.Equal(klas, r.Fields[5]));

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheetRows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(rows.Count + 1, sheetRows.Count);
        var firstData = sheetRows[1].Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, firstData[4].DataType!.Value);
        Assert.Equal("3", firstData[4].InnerText);
    }

    [Fact]
    public async Task Mentor_SeesOnlyTheFindingsOfLinkedStudents_AndNoLeerbedrijven()
    {
        var klas = Arrange.NewClassName();
        var students = await Arrange.UnsignedPlacementsAsync(factory, klas, 2);
        await using (var db = factory.CreateSystemDbContext())
        {
            var mentor = await db.Users.SingleAsync(u => u.UserName == "mentor", Ct);
            db.MentorLeerlingen.Add(new MentorLeerling { UserId = mentor.Id, LeerlingId = students[0].Id, SchoolId = students[0].SchoolId });
            await db.SaveChangesAsync(Ct);
        }

        using var client = await TestClient.LoggedInAsync(factory, "mentor");
        var (response, page) = await client.GetPageAsync("/Bevindingen?weergave=onderwerp");
        var rows = await RowsAsync(client, $"/Bevindingen?klas={klas}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(rows, r => r.GetAttribute("data-regel") == "E6");
        Assert.Contains(students[0].Leerlingnummer, row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.TextContent.Contains(students[1].Leerlingnummer, StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("#bevindingen tbody tr"), r => r.GetAttribute("data-onderwerp")!.StartsWith("Leerbedrijf", StringComparison.Ordinal));
        var linked = await LinkedNumbersAsync("mentor");
        Assert.All(page.QuerySelectorAll("#per-onderwerp tbody tr a"), a => Assert.Contains(linked, n => a.TextContent.Contains($"Leerling {n} (", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MboPartner_IsRefused()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var page = await client.Http.GetAsync(new Uri("/Bevindingen", UriKind.Relative), Ct);
        var csv = await client.Http.GetAsync(new Uri("/Bevindingen?handler=Csv", UriKind.Relative), Ct);

        Assert.Equal("/Account/Geweigerd", page.Headers.Location!.AbsolutePath);
        Assert.Equal("/Account/Geweigerd", csv.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Scope_BoardUserSeesEverySchoolOfTheBestuur_SchoolUsersOnlyTheirOwn()
    {
        var first = await Arrange.ForeignSchoolAsync(factory);
        var second = await Arrange.ForeignSchoolAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var bestuur = new Domain.Scholen.Bestuur { Name = $"Bestuur {Guid.NewGuid():N}"[..20], BevoegdGezagNummer = "41235" };
        db.Besturen.Add(bestuur);
        await db.SaveChangesAsync(Ct);
        await db.Scholen.Where(s => s.Id == first.SchoolId || s.Id == second.SchoolId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.BestuurId, bestuur.Id), Ct);
        var boardUser = await Arrange.UserAsync(factory, $"bestuur{Guid.NewGuid():N}"[..12], Roles.Coordinator);
        await db.Users.Where(u => u.Id == boardUser.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.BestuurId, bestuur.Id), Ct);
        var schoolUser = await Arrange.UserAsync(factory, $"school{Guid.NewGuid():N}"[..12], Roles.Coordinator, first.SchoolId);
        var demoClass = Arrange.NewClassName();
        await Arrange.UnsignedPlacementsAsync(factory, demoClass, 1);
        using var board = await TestClient.LoggedInAsync(factory, boardUser.UserName!, Arrange.Password);
        using var school = await TestClient.LoggedInAsync(factory, schoolUser.UserName!, Arrange.Password);
        using var demo = await TestClient.LoggedInAsync(factory);

        // The arranged schools' only student is "Leerling X1 (Vreemde Leerling)", whose unsigned agreement started on 1 September.
        var boardRows = await RowsAsync(board, "/Bevindingen?regel=E6");
        var schoolRows = await RowsAsync(school, "/Bevindingen?regel=E6");
        var demoRows = await RowsAsync(demo, "/Bevindingen?regel=E6");

        Assert.Equal(2, boardRows.Count(r => r.TextContent.Contains("Vreemde Leerling", StringComparison.Ordinal)));
        Assert.Single(schoolRows, r => r.TextContent.Contains("Vreemde Leerling", StringComparison.Ordinal));
        Assert.DoesNotContain(schoolRows, r => r.TextContent.Contains(demoClass, StringComparison.Ordinal));
        Assert.DoesNotContain(demoRows, r => r.TextContent.Contains("Vreemde Leerling", StringComparison.Ordinal));
        Assert.Contains(demoRows, r => r.TextContent.Contains(demoClass, StringComparison.Ordinal));
    }

    /// <summary>Every finding row of every page of the worklist at <paramref name="url"/>.</summary>
    private static async Task<List<IElement>> RowsAsync(TestClient client, string url)
    {
        var rows = new List<IElement>();
        for (var pagina = 1; ; pagina++)
        {
            var (response, page) = await client.GetPageAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? "&" : "?")}pagina={pagina}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            rows.AddRange(page.QuerySelectorAll("#bevindingen tbody tr"));
            if (page.QuerySelector<IHtmlAnchorElement>("a[rel='next']") is null)
            {
                return rows;
            }
        }
    }

    private static string Subject(IElement row) => row.GetAttribute("data-onderwerp")!;

    private async Task<int> CompanyIdAsync(int agreementId)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Leerwerkovereenkomsten.Where(o => o.Id == agreementId).Select(o => o.LeerbedrijfId).SingleAsync(Ct);
    }

    private async Task<List<string>> LinkedNumbersAsync(string userName)
    {
        await using var db = factory.CreateSystemDbContext();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(Ct);
        return await db.MentorLeerlingen.Where(m => m.UserId == userId)
            .Join(db.Leerlingen, m => m.LeerlingId, l => l.Id, (m, l) => l.Leerlingnummer)
            .ToListAsync(Ct);
    }
}
