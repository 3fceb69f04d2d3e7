using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Examen;

/// <summary>The LAS grade import: vakcodes mapped once and kept, preview, all-or-nothing, errors naming row and column.</summary>
[Collection(WebCollectionB.Name)]
public sealed class CijfersImportTests(LeerwerkAppFactory factory)
{
    private const string Url = "/Examen/Cijfers/Importeren";

    [Fact]
    public async Task Vakcode_MappedOnThePage_IsKeptAndUsedByTheImport()
    {
        var (_, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var code = $"Z{Guid.NewGuid():N}"[..6].ToUpperInvariant();

        var response = await client.SubmitFormAsync("/Examen/Vakcodes", "#vakcode-koppelen", new Dictionary<string, string>
        {
            ["Code"] = code.ToLowerInvariant(),
            ["Naam"] = "Nederlands",
            ["Soort"] = "Nederlands",
            ["Deel"] = "Gemeenschappelijk",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, vakcodes) = await client.GetPageAsync("/Examen/Vakcodes");
        Assert.NotNull(vakcodes.QuerySelector($"#vakcodes tr[data-code='{code}']"));
        var file = System.Text.Encoding.UTF8.GetBytes($"Stamnummer;Vak;SE;CE\r\n{leerlingen[0].Leerlingnummer};{code};6,2;5,9\r\n");
        var (_, preview) = await PreviewAsync(client, file, "cijfers.csv");
        Assert.Equal("1 regel, 2 cijfers wijzigen, 0 nieuwe vakken.", preview.QuerySelector("#samenvatting")?.TextContent);
        await CommitAsync(client, preview);
        await using var db = factory.CreateSystemDbContext();
        var vak = await db.Vakken.SingleAsync(v => v.LeerlingId == leerlingen[0].Id && v.Name == "Nederlands", TestContext.Current.CancellationToken);
        Assert.Equal((6.2m, 5.9m), (vak.Se, vak.Ce));
    }

    [Fact]
    public async Task Import_Csv_PreviewChangesNothingThenCommitStoresEveryGradeWithWhoAndWhen()
    {
        await Cohorten.VakcodesAsync(factory);
        var (_, leerlingen) = await Cohorten.MaakAsync(factory, 2);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (response, preview) = await PreviewAsync(client, Cohorten.Bestand(leerlingen), "cijfers.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("14 regels, 18 cijfers wijzigen, 0 nieuwe vakken.", preview.QuerySelector("#samenvatting")?.TextContent);
        Assert.Equal(0, await GradedAsync(leerlingen[0].Id));
        await CommitAsync(client, preview);
        Assert.Equal(Cohorten.Vakken.Length, await GradedAsync(leerlingen[0].Id));
        await using var db = factory.CreateSystemDbContext();
        var profielvak = await db.Vakken.SingleAsync(v => v.LeerlingId == leerlingen[1].Id && v.Name == "Groen", TestContext.Current.CancellationToken);
        Assert.Equal((7.0m, 6.6m, Arrange.Today, "examensecretaris"), (profielvak.Se, profielvak.Ce!.Value, profielvak.CeRecordedOn!.Value, profielvak.CeRecordedBy));

        // The same file again changes nothing.
        var (_, again) = await PreviewAsync(client, Cohorten.Bestand(leerlingen), "cijfers.csv");
        Assert.Equal("14 regels, 0 cijfers wijzigen, 0 nieuwe vakken.", again.QuerySelector("#samenvatting")?.TextContent);
    }

    [Fact]
    public async Task Import_Xlsx_IsReadAsTheCsvIs()
    {
        await Cohorten.VakcodesAsync(factory);
        var (_, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        var nummer = leerlingen[0].Leerlingnummer;
        var file = LasBestanden.Xlsx(["leerlingnummer", "vakcode", "se", "ce"], [nummer, "NE", "6,4", 5], [nummer, "K1", "7,25", ""]);
        using var client = await TestClient.LoggedInAsync(factory, "coordinator");

        var (_, preview) = await PreviewAsync(client, file, "cijfers.xlsx");
        await CommitAsync(client, preview);

        await using var db = factory.CreateSystemDbContext();
        var vakken = await db.Vakken.Where(v => v.LeerlingId == leerlingen[0].Id).ToDictionaryAsync(v => v.Name, TestContext.Current.CancellationToken);
        Assert.Equal((6.4m, 5m), (vakken["Nederlands"].Se, vakken["Nederlands"].Ce));
        Assert.Equal(7.25m, vakken["Groen ontwerp"].Se);
    }

    [Theory]
    [InlineData("NE;zes;6,0", 3, "se", ImportFoutCode.CijferOngeldig)]
    [InlineData("NE;6,0;10,5", 3, "ce", ImportFoutCode.CijferOngeldig)]
    [InlineData("K1;6,455;", 3, "se", ImportFoutCode.CijferOngeldig)]
    [InlineData("XX;6,0;", 3, "vakcode", ImportFoutCode.VakcodeOnbekend)]
    [InlineData("onbekend", 3, "leerlingnummer", ImportFoutCode.LeerlingOnbekend)]
    public async Task Import_BadFile_ChangesNothingAndNamesRowAndColumn(string second, int row, string column, string code)
    {
        await Cohorten.VakcodesAsync(factory);
        var (_, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        var nummer = leerlingen[0].Leerlingnummer;
        var tweede = second == "onbekend" ? "99999999;NE;6,0;6,0" : $"{nummer};{second}";
        var file = System.Text.Encoding.UTF8.GetBytes($"leerlingnummer;vakcode;se;ce\r\n{nummer};GR;7,0;6,6\r\n{tweede}\r\n");
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, page) = await PreviewAsync(client, file, "cijfers.csv");

        Assert.Null(page.QuerySelector("#import-doorvoeren"));
        var fout = Assert.Single(page.QuerySelectorAll("#regelfouten .import-fout"));
        Assert.Equal(code, fout.GetAttribute("data-code"));
        var cells = fout.QuerySelectorAll("td");
        Assert.Equal((row.ToString(System.Globalization.CultureInfo.InvariantCulture), column), (cells[0].TextContent, cells[1].TextContent));
        Assert.Contains("Er is niets opgeslagen", page.QuerySelector("#regelfouten")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await GradedAsync(leerlingen[0].Id));
    }

    [Fact]
    public async Task Commit_WithATamperedId_IsRefusedInDutchAndChangesNothing()
    {
        await Cohorten.VakcodesAsync(factory);
        var (_, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, preview) = await PreviewAsync(client, Cohorten.Bestand(leerlingen), "cijfers.csv");
        var form = preview.QuerySelector<IHtmlFormElement>("#import-doorvoeren")!;
        Assert.Null(form.QuerySelector("input[name='Tabel']"));

        var response = await client.SubmitAsync(Url, form, new Dictionary<string, string> { ["VoorbeeldId"] = Guid.NewGuid().ToString("N") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ImportVoorbeeld.VerlopenMessage, (await TestClient.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await GradedAsync(leerlingen[0].Id));

        // The kept file is still there for the real id.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(Url, form, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(Cohorten.Vakken.Length, await GradedAsync(leerlingen[0].Id));
    }

    [Fact]
    public async Task Import_StudentOfAnotherSchool_IsUnknown()
    {
        await Cohorten.VakcodesAsync(factory);
        var (records, _) = await Arrange.OtherSchoolUserAsync(factory);
        var (_, vreemd) = await Cohorten.MaakAsync(factory, 1, records.SchoolId);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, page) = await PreviewAsync(client, Cohorten.Bestand(vreemd), "cijfers.csv");

        Assert.Equal(Cohorten.Vakken.Length, page.QuerySelectorAll("#regelfouten .import-fout").Length);
        Assert.All(page.QuerySelectorAll("#regelfouten .import-fout"), f => Assert.Equal(ImportFoutCode.LeerlingOnbekend, f.GetAttribute("data-code")));
        Assert.Equal(0, await GradedAsync(vreemd[0].Id));
    }

    private async Task<int> GradedAsync(int leerlingId)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Vakken.CountAsync(v => v.LeerlingId == leerlingId && v.Se != null, TestContext.Current.CancellationToken);
    }

    internal static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PreviewAsync(TestClient client, byte[] file, string fileName)
    {
        var (_, page) = await client.GetPageAsync(Url);
        var form = page.QuerySelector<IHtmlFormElement>("#import-bestand")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(bytes, "Bestand", fileName);
        var response = await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response, await TestClient.ParseAsync(response));
    }

    internal static async Task CommitAsync(TestClient client, IHtmlDocument preview)
    {
        var response = await client.SubmitAsync(Url, preview.QuerySelector<IHtmlFormElement>("#import-doorvoeren")!, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
