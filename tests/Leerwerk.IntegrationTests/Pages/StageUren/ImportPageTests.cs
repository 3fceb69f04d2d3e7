using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

/// <summary>CSV import of hours: preview, all-or-nothing commit, every bad row listed, nothing changed on a bad file.</summary>
[Collection(WebCollectionB.Name)]
public sealed class ImportPageTests(LeerwerkAppFactory factory)
{
    private const string Url = "/StageUren/Import";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Monday => Arrange.LastWeekMonday;

    private static async Task<HttpResponseMessage> UploadAsync(TestClient client, byte[] file)
    {
        var (_, page) = await client.GetPageAsync(Url);
        var token = page.QuerySelector<IHtmlInputElement>("form#bestand input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Bestand", "uren.csv" },
        };
        return await client.Http.PostAsync(new Uri(Url + "?handler=Voorbeeld", UriKind.Relative), content, Ct);
    }

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    private async Task<(int Entries, int Audit)> CountsAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        return (await db.StageUren.CountAsync(Ct), await db.Audit.CountAsync(Ct));
    }

    [Fact]
    public async Task ValidWindows1252File_PreviewThenCommit_EntersAndCorrects()
    {
        var placement = await Arrange.PlacementAsync(factory, hours: [(Monday, 8m, UrenStatus.Goedgekeurd)]);
        await using var db = factory.CreateSystemDbContext();
        var number = await db.Leerlingen.Where(l => l.Id == placement.LeerlingId).Select(l => l.Leerlingnummer).SingleAsync(Ct);
        var csv = $"leerlingnummer;datum;uren;opmerking\r\n{number};{Monday:dd-MM-yyyy};6,5;Café dicht\r\n{number};{Arrange.IsoDate(Monday.AddDays(1))};8\r\n";
        using var client = await TestClient.LoggedInAsync(factory);

        var preview = await UploadAsync(client, Windows1252(csv));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await TestClient.ParseAsync(preview);
        var rows = page.QuerySelectorAll("#voorbeeld-regels tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Café dicht", rows[0], StringComparison.Ordinal);
        Assert.Contains("correctie (was 8)", rows[0], StringComparison.Ordinal);
        Assert.Contains("nieuw", rows[1], StringComparison.Ordinal);
        Assert.Equal(1, await db.StageUren.CountAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId, Ct));

        var commit = await client.SubmitAsync(Url, page.QuerySelector<IHtmlFormElement>("form#opslaan")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        var entries = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId).OrderBy(r => r.Date).ThenBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal([(Monday, 8m, UrenStatus.Gecorrigeerd), (Monday, 6.5m, UrenStatus.Ingevoerd), (Monday.AddDays(1), 8m, UrenStatus.Ingevoerd)],
            entries.Select(e => (e.Date, e.Hours, e.Status)).ToList());
        Assert.Equal("Café dicht", entries[1].Note);
        Assert.Equal(entries[1].Id, entries[0].CorrectedById);
    }

    [Fact]
    public async Task QuotedNoteWithSemicolon_IsStoredWhole()
    {
        var placement = await Arrange.PlacementAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var number = await db.Leerlingen.Where(l => l.Id == placement.LeerlingId).Select(l => l.Leerlingnummer).SingleAsync(Ct);
        var csv = $"leerlingnummer;datum;uren;opmerking\r\n{number};{Monday:dd-MM-yyyy};6,5;\"Bakkerij \"\"De Korf\"\"; filiaal Zeist\"\r\n";
        using var client = await TestClient.LoggedInAsync(factory);

        var page = await TestClient.ParseAsync(await UploadAsync(client, Windows1252(csv)));
        Assert.Contains("Bakkerij \"De Korf\"; filiaal Zeist", Assert.Single(page.QuerySelectorAll("#voorbeeld-regels tbody tr")).TextContent, StringComparison.Ordinal);
        var commit = await client.SubmitAsync(Url, page.QuerySelector<IHtmlFormElement>("form#opslaan")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        var entry = await db.StageUren.SingleAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId, Ct);
        Assert.Equal((6.5m, "Bakkerij \"De Korf\"; filiaal Zeist"), (entry.Hours, entry.Note));
    }

    [Fact]
    public async Task BadFile_ListsEveryBadRowWithColumnAndReason_AndChangesNothing()
    {
        var placement = await Arrange.PlacementAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var number = await db.Leerlingen.Where(l => l.Id == placement.LeerlingId).Select(l => l.Leerlingnummer).SingleAsync(Ct);
        var csv = $"{number};{Monday:dd-MM-yyyy};8\n{number};{Monday.AddDays(1):dd-MM-yyyy};7.5\nONBEKEND;{Monday:dd-MM-yyyy};8\n{number};01-01-2020;8\n{number};{Monday.AddDays(3):dd-MM-yyyy};8";
        using var client = await TestClient.LoggedInAsync(factory);
        var before = await CountsAsync(); // after the login, which is audited itself

        var response = await UploadAsync(client, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var errors = page.QuerySelectorAll("#regelfouten tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(["2", "uren"], errors[0][..2]);
        Assert.Contains("komma", errors[0][2], StringComparison.Ordinal);
        Assert.Equal(["3", "leerlingnummer", "leerling ONBEKEND bestaat niet bij deze school."], errors[1]);
        Assert.Equal(["4", "datum"], errors[2][..2]);
        Assert.Contains("geen lopende leer-werkovereenkomst", errors[2][2], StringComparison.Ordinal);
        Assert.Equal(
            [ImportFoutCode.UrenOngeldig, ImportFoutCode.LeerlingOnbekend, ImportFoutCode.OvereenkomstOntbreekt],
            page.QuerySelectorAll("#regelfouten tbody tr").Select(tr => tr.GetAttribute("data-code")));
        Assert.Null(page.QuerySelector("form#opslaan"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Commit_WithATamperedId_IsRefusedInDutchAndChangesNothing()
    {
        var placement = await Arrange.PlacementAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var number = await db.Leerlingen.Where(l => l.Id == placement.LeerlingId).Select(l => l.Leerlingnummer).SingleAsync(Ct);
        using var client = await TestClient.LoggedInAsync(factory);
        var page = await TestClient.ParseAsync(await UploadAsync(client, Encoding.UTF8.GetBytes($"{number};{Monday:dd-MM-yyyy};8")));
        var form = page.QuerySelector<IHtmlFormElement>("form#opslaan")!;
        Assert.Equal("VoorbeeldId", Assert.Single(form.QuerySelectorAll("input[type='hidden']"), i => i.GetAttribute("name") != "__RequestVerificationToken").GetAttribute("name"));
        var before = await CountsAsync();

        var response = await client.SubmitAsync(Url, form, new Dictionary<string, string> { ["VoorbeeldId"] = Guid.NewGuid().ToString("N") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ImportVoorbeeld.VerlopenMessage, (await TestClient.ParseAsync(response)).GetElementById("fouten")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task RowAfterToday_IsRefusedWithTheDateNamed_AndNothingIsStored()
    {
        var placement = await Arrange.PlacementAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var number = await db.Leerlingen.Where(l => l.Id == placement.LeerlingId).Select(l => l.Leerlingnummer).SingleAsync(Ct);
        var future = Arrange.Today.AddDays(28);
        var csv = $"{number};{Monday:dd-MM-yyyy};8\n{number};{future:dd-MM-yyyy};8";
        using var client = await TestClient.LoggedInAsync(factory);
        var before = await CountsAsync(); // after the login, which is audited itself

        var page = await TestClient.ParseAsync(await UploadAsync(client, Encoding.UTF8.GetBytes(csv)));

        var error = Assert.Single(page.QuerySelectorAll("#regelfouten tbody tr"));
        Assert.Equal(ImportFoutCode.DatumNaVandaag, error.GetAttribute("data-code"));
        Assert.Equal(["2", "datum", "4 januari 2027 ligt na vandaag; uren worden pas ingevoerd en goedgekeurd als de dag geweest is."],
            error.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        Assert.Null(page.QuerySelector("form#opslaan"));
        Assert.Equal(before, await CountsAsync());
    }
}
