using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerbedrijven;

/// <summary>Import of a recognised-companies list: preview, all-or-nothing commit, per-row errors, size limit.</summary>
[Collection(WebCollectionB.Name)]
public sealed class ImporterenTests(LeerwerkAppFactory factory)
{
    private const string Url = "/Leerbedrijven/Importeren";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_ValidFile_PreviewsThenSavesCompaniesAndErkenningen()
    {
        var (kvk1, kvk2) = (Arrange.NewKvkNumber(), Arrange.NewKvkNumber());
        var csv = $"KvK-nummer;Naam;Profiel;LWT;Erkend op;Laatste beoordeling;Plaats\n{kvk1};Garage Één;MT;ja;15-01-2025;;Tiel\n{kvk1};Garage Één;PIE;nee;15-01-2025;;Tiel\n{kvk2};Zorghuis;ZW;ja;2024-09-01;2025-09-01;Buren\n";
        using var client = await TestClient.LoggedInAsync(factory);

        var (preview, page) = await UploadAsync(client, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(3, page.QuerySelectorAll("#import-voorbeeld tbody tr").Length);
        Assert.Contains("nieuw leerbedrijf", page.QuerySelector("#import-voorbeeld")!.TextContent, StringComparison.Ordinal);
        await using (var before = factory.CreateSystemDbContext())
        {
            Assert.False(await before.Leerbedrijven.AnyAsync(b => b.KvkNumber == kvk1, Ct));
        }

        var save = await client.SubmitAsync(Url, page.QuerySelector<IHtmlFormElement>("form#import-opslaan")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var garage = await db.Leerbedrijven.Include(b => b.Erkenningen).SingleAsync(b => b.KvkNumber == kvk1, Ct);
        Assert.Equal(("Garage Één", "Tiel"), (garage.Name, garage.City));
        Assert.Equal([("MT", true), ("PIE", false)], garage.Erkenningen.OrderBy(e => e.ProfielCode).Select(e => (e.ProfielCode, e.IsLwt)));
        Assert.Equal(await Arrange.DemoSchoolIdAsync(factory), garage.SchoolId);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Leerbedrijf" && a.UserName == "coordinator" && a.EntityId == garage.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct));
    }

    [Fact]
    public async Task Import_QuotedNameAndAddressWithSemicolon_AreSavedWhole()
    {
        var kvk = Arrange.NewKvkNumber();
        var csv = $"kvk;naam;adres;profiel;lwt;erkend_op\n{kvk};\"Bakkerij \"\"De Korf\"\"; filiaal Zeist\";\"Dorpsstraat 1; achterom\";HBR;ja;15-01-2025\n";
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await UploadAsync(client, Encoding.UTF8.GetBytes(csv));
        var save = await client.SubmitAsync(Url, page.QuerySelector<IHtmlFormElement>("form#import-opslaan")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var bakkerij = await db.Leerbedrijven.SingleAsync(b => b.KvkNumber == kvk, Ct);
        Assert.Equal(("Bakkerij \"De Korf\"; filiaal Zeist", "Dorpsstraat 1; achterom"), (bakkerij.Name, bakkerij.Street));
    }

    [Fact]
    public async Task Import_MalformedFile_ListsEveryBadRowAndChangesNothing()
    {
        var good = Arrange.NewKvkNumber();
        var csv = $"kvk,naam,profiel,lwt,erkend_op\n{good},Goed Bedrijf,ZW,ja,01-01-2025\n12ab,Slecht,ZW,ja,01-01-2025\n{Arrange.NewKvkNumber()},Ander,XYZ,ja,31-02-2025\n";
        await using var db = factory.CreateSystemDbContext();
        var (companies, erkenningen) = (await db.Leerbedrijven.CountAsync(Ct), await db.Erkenningen.CountAsync(Ct));
        var kept = await db.ImportBestanden.CountAsync(Ct);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await UploadAsync(client, Encoding.UTF8.GetBytes(csv));

        var errors = page.QuerySelectorAll("#import-fouten li").Select(li => li.TextContent).ToList();
        Assert.Equal(
        [
            "Regel 3, kolom kvk: '12ab' is geen KvK-nummer van 8 cijfers.",
            "Regel 4, kolom profiel: 'XYZ' is geen vmbo-profiel (bijvoorbeeld ZW, BWI of Zorg en welzijn).",
            "Regel 4, kolom erkend_op: '31-02-2025' is geen datum (gebruik dd-mm-jjjj, bijvoorbeeld 15-01-2025).",
        ], errors);
        Assert.Equal(
            [ImportFoutCode.KvkOngeldig, ImportFoutCode.ProfielOnbekend, ImportFoutCode.DatumOngeldig],
            page.QuerySelectorAll("#import-fouten li").Select(li => li.GetAttribute("data-code")));
        Assert.Null(page.QuerySelector("form#import-opslaan"));
        Assert.Equal((companies, erkenningen), (await db.Leerbedrijven.CountAsync(Ct), await db.Erkenningen.CountAsync(Ct)));

        // A refused file is not kept, so there is nothing to commit; a made-up id is refused too.
        Assert.Equal(kept, await db.ImportBestanden.CountAsync(Ct));
        var (_, form) = await client.GetPageAsync(Url);
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["voorbeeldId"] = Guid.NewGuid().ToString("N"),
        });
        var forced = await TestClient.ParseAsync(await client.Http.PostAsync(new Uri($"{Url}?handler=Opslaan", UriKind.Relative), content, Ct));
        Assert.Contains(ImportVoorbeeld.VerlopenMessage, Assert.Single(forced.QuerySelectorAll("#import-fouten li")).TextContent, StringComparison.Ordinal);
        Assert.Equal((companies, erkenningen), (await db.Leerbedrijven.CountAsync(Ct), await db.Erkenningen.CountAsync(Ct)));
        Assert.False(await db.Leerbedrijven.AnyAsync(b => b.KvkNumber == good, Ct));
    }

    [Fact]
    public async Task Import_TooLarge_GivesDutchMessage()
    {
        var bytes = Encoding.UTF8.GetBytes("kvk;naam;profiel;lwt;erkend_op\n" + new string('x', 1024 * 1024 + 10));
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await UploadAsync(client, bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("groter dan 1 MB", page.QuerySelector("#import-fouten")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Mentor_IsRefused()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, _) = await client.GetPageAsync(Url);

        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(TestClient client, byte[] bytes)
    {
        var (_, form) = await client.GetPageAsync(Url);
        var token = form.QuerySelector<IHtmlInputElement>("form#import input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "bestand", "erkende-bedrijven.csv" },
        };
        var response = await client.Http.PostAsync(new Uri($"{Url}?handler=Voorbeeld", UriKind.Relative), content, Ct);
        return (response, await TestClient.ParseAsync(response));
    }
}
