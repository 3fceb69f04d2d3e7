using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Kalender;

/// <summary>The CSV import of free days on its own page, Kalender/Importeren, with the shared upload rules.</summary>
[Collection(WebCollection.Name)]
public sealed class KalenderImporterenTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Import_Windows1252File_IsReadWithItsAccents()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding(1252).GetBytes("datum;omschrijving\r\n14-10-2034;Studiedag coördinatoren\r\n");

        var response = await UploadAsync(client, "/Kalender/Importeren?jaar=2034", csv);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await client.GetPageAsync("/Kalender?jaar=2034");
        Assert.Contains("Studiedag coördinatoren", page.GetElementById("vrij")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_QuotedDescriptionWithSemicolon_IsStoredWhole()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var csv = Encoding.UTF8.GetBytes("van;tot;omschrijving\r\n20-10-2036;24-10-2036;\"Herfstvakantie; regio Midden\"\r\n");

        var response = await UploadAsync(client, "/Kalender/Importeren?jaar=2036", csv);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await client.GetPageAsync("/Kalender?jaar=2036");
        Assert.Contains("Herfstvakantie; regio Midden", page.GetElementById("vrij")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TooLargeOrNoFile_GivesTheSharedDutchMessageOnTheImportPage()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var large = Encoding.UTF8.GetBytes("datum;omschrijving\r\n" + new string('x', 64 * 1024));

        var tooLarge = await TestClient.ParseAsync(await UploadAsync(client, "/Kalender?jaar=2035", large));
        var (_, form) = await client.GetPageAsync("/Kalender/Importeren?jaar=2035");
        var none = await TestClient.ParseAsync(await client.SubmitAsync("/Kalender/Importeren?jaar=2035", form.QuerySelector<IHtmlFormElement>("#import")!, new Dictionary<string, string>()));

        Assert.Contains("groter dan 64 kB", tooLarge.GetElementById("import-fouten")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies een CSV-bestand met vakanties of vrije dagen.", none.GetElementById("import-fouten")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Vakanties en vrije dagen inlezen", tooLarge.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Import_Mentor_IsRefused()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, _) = await client.GetPageAsync("/Kalender/Importeren?jaar=2026");

        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/Kalender/Importeren?jaar=1999")]
    [InlineData("/Kalender/Beleid?jaar=2101")]
    public async Task YearOutOfRange_IsNotFound(string url)
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, _) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Takes the import form from <paramref name="formUrl"/> (the calendar page or the import page) and posts the file.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(TestClient client, string formUrl, byte[] file)
    {
        var (_, page) = await client.GetPageAsync(formUrl);
        var form = page.QuerySelector<IHtmlFormElement>("#import")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "bestand", "vakanties.csv" },
        };
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
