using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

/// <summary>The shared upload and preview rules (Infrastructure/Import) as the hours import applies them.</summary>
[Collection(WebCollection.Name)]
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

    [Theory]
    [InlineData("")]
    [InlineData("geen base64!")]
    public async Task Opslaan_MissingOrDamagedPreview_AsksForTheFileAgain(string inhoud)
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync(Url);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Inhoud"] = inhoud });

        var response = await client.Http.PostAsync(new Uri(Url + "?handler=Opslaan", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De gegevens van het voorbeeld ontbreken of zijn beschadigd. Kies het bestand opnieuw.", (await TestClient.ParseAsync(response)).GetElementById("fouten")!.TextContent, StringComparison.Ordinal);
    }
}
