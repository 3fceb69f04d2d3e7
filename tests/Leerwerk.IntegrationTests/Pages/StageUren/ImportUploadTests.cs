using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

/// <summary>The shared upload and preview rules (Infrastructure/Import) as the hours import applies them.</summary>
[Collection(WebCollectionB.Name)]
public sealed class ImportUploadTests(LeerwerkAppFactory factory)
{
    private const string Url = "/StageUren/Import";

    [Fact]
    public async Task Voorbeeld_EmptyFile_SaysTheFileIsEmpty()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync(Url);
        var token = page.QuerySelector<IHtmlInputElement>("form#bestand input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent([]), "Bestand", "uren.csv" },
        };

        var response = await client.Http.PostAsync(new Uri(Url + "?handler=Voorbeeld", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het bestand is leeg.", (await TestClient.ParseAsync(response)).GetElementById("fouten")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voorbeeld_FileWithManyBadRows_ListsTheFirstHundredAndCountsTheRest()
    {
        var monday = Arrange.LastWeekMonday.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var csv = string.Join('\n', Enumerable.Range(1, 150).Select(i => $"ONBEKEND{i};{monday};8"));
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync(Url);
        var token = page.QuerySelector<IHtmlInputElement>("form#bestand input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "Bestand", "uren.csv" },
        };

        var response = await client.Http.PostAsync(new Uri(Url + "?handler=Voorbeeld", UriKind.Relative), content, TestContext.Current.CancellationToken);

        var errors = (await TestClient.ParseAsync(response)).GetElementById("regelfouten")!;
        Assert.Contains("150 fouten", errors.TextContent, StringComparison.Ordinal);
        Assert.Equal(ImportFouten.ToonFouten, errors.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("en nog 50 fouten; verbeter ook die en kies het bestand opnieuw.", errors.QuerySelector(".import-fouten-rest")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("geen id!")]
    public async Task Opslaan_MissingOrDamagedPreviewId_AsksForTheFileAgain(string voorbeeldId)
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync(Url);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["VoorbeeldId"] = voorbeeldId });

        var response = await client.Http.PostAsync(new Uri(Url + "?handler=Opslaan", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De gegevens van het voorbeeld ontbreken of zijn beschadigd. Kies het bestand opnieuw.", (await TestClient.ParseAsync(response)).GetElementById("fouten")!.TextContent, StringComparison.Ordinal);
    }
}
