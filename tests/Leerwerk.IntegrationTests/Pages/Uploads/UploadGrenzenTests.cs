using System.Net;
using System.Net.Http.Headers;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Uploads;

/// <summary>
/// A 50 MB post to every form that takes a file, and to the API, is refused from its announced length before a byte is
/// read: 413 with the Dutch error page that names the page's limit and links back to the form (problem+json under /api),
/// never a 500 or the framework's bare answer.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UploadGrenzenTests(LeerwerkAppFactory factory)
{
    private const int VijftigMegabyte = 50 * 1024 * 1024;

    private static readonly byte[] Groot = new byte[VijftigMegabyte];

    [Theory]
    [InlineData("/Leerlingen/Import", "?handler=Voorbeeld", "Bestand", "15 MB")]
    [InlineData("/Examen/Cijfers/Importeren", "?handler=Voorbeeld", "Bestand", "15 MB")]
    [InlineData("/Kalender/Importeren", "?jaar=2030", "bestand", "128 kB")]
    [InlineData("/StageUren/Import", "?handler=Voorbeeld", "Bestand", "3 MB")]
    [InlineData("/Leerbedrijven/Importeren", "?handler=Voorbeeld", "bestand", "4 MB")]
    [InlineData("/Leerlingen/Intake/1", "", "Brief", "10 MB")]
    [InlineData("/Examen/Berekenen", "", "Input.Bestand", "4 MB")]
    [InlineData("/Inrichting/School/1", "?handler=Logo", "logo", "400 kB")]
    public async Task Upload_50MB_IsRefusedWithTheDutchPageBeforeItIsRead(string path, string query, string field, string limiet)
    {
        using var client = await TestClient.LoggedInAsync(factory);
        using var content = new MultipartFormDataContent
        {
            { new StringContent("token"), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Groot);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, field, "groot.csv");

        var response = await client.Http.PostAsync(new Uri(path + query, UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Bestand te groot", page.QuerySelector("h1")!.TextContent);
        Assert.Contains($"hoogstens {limiet}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(path, page.QuerySelector("#fout-terug")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Api_50MBBody_IsRefusedAsDutchProblemBeforeItIsRead()
    {
        using var client = TestClient.Create(factory);
        using var content = new ByteArrayContent(Groot);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.Http.PostAsync(new Uri("/api/v1/stage-uren", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("groter dan de API aanneemt", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
