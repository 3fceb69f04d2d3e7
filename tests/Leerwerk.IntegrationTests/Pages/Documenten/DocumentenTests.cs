using System.Net;
using Leerwerk.Data.Demo;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Documenten;

/// <summary>The agreement downloads: content types, file names, the school filter and who may download.</summary>
[Collection(WebCollection.Name)]
public sealed class DocumentenTests(LeerwerkAppFactory factory)
{
    private async Task<(int Samenwerking, int Leerwerk, string FileStart)> DemoIdsAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(ct);
        var samenwerking = await db.Samenwerkingsovereenkomsten.Where(s => s.SchoolId == schoolId).Select(s => s.Id).FirstAsync(ct);
        var leerwerk = await db.Leerwerkovereenkomsten.Where(l => l.SchoolId == schoolId)
            .Select(l => new { l.Id, l.Leerling!.Leerlingnummer }).FirstAsync(ct);
        return (samenwerking, leerwerk.Id, $"leer-werkovereenkomst-{leerwerk.Leerlingnummer}-");
    }

    [Theory]
    [InlineData("pdf", "application/pdf", ".pdf")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")]
    public async Task Leerwerkovereenkomst_Format_HasContentTypeAndFileName(string formaat, string contentType, string extension)
    {
        var (_, id, fileStart) = await DemoIdsAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        using var response = await client.Http.GetAsync(new Uri($"/Documenten/Leerwerkovereenkomst/{id}?formaat={formaat}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
        Assert.StartsWith(fileStart, fileName, StringComparison.Ordinal);
        Assert.EndsWith(extension, fileName, StringComparison.Ordinal);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 1_000);
    }

    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task Samenwerkingsovereenkomst_Format_HasContentType(string formaat, string contentType)
    {
        var (id, _, _) = await DemoIdsAsync();
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        using var response = await client.Http.GetAsync(new Uri($"/Documenten/Samenwerkingsovereenkomst/{id}?formaat={formaat}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("samenwerkingsovereenkomst-", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_WithoutFormat_IsPdf()
    {
        var (_, id, _) = await DemoIdsAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        using var response = await client.Http.GetAsync(new Uri($"/Documenten/Leerwerkovereenkomst/{id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/Documenten/Leerwerkovereenkomst/987654")]
    [InlineData("/Documenten/Samenwerkingsovereenkomst/987654?formaat=docx")]
    public async Task Download_UnknownId_GivesDutch404(string url)
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Download_AgreementOfAnotherSchool_GivesNotFound()
    {
        var (samenwerking, leerwerk, _) = await DemoIdsAsync();
        var (_, userName) = await Arrange.OtherSchoolUserAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory, userName, Arrange.Password);

        var (first, _) = await client.GetPageAsync($"/Documenten/Leerwerkovereenkomst/{leerwerk}");
        var (second, _) = await client.GetPageAsync($"/Documenten/Samenwerkingsovereenkomst/{samenwerking}");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task Download_UnknownFormat_IsBadRequest()
    {
        var (_, id, _) = await DemoIdsAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        using var response = await client.Http.GetAsync(new Uri($"/Documenten/Leerwerkovereenkomst/{id}?formaat=odt", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/Documenten/Leerwerkovereenkomst/{0}")]
    [InlineData("/Documenten/Samenwerkingsovereenkomst/{0}")]
    public async Task Download_MboPartner_IsDenied(string url)
    {
        var (samenwerking, leerwerk, _) = await DemoIdsAsync();
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var target = string.Format(System.Globalization.CultureInfo.InvariantCulture, url, url.Contains("Leerwerk", StringComparison.Ordinal) ? leerwerk : samenwerking);
        using var response = await client.Http.GetAsync(new Uri(target, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task DetailsPages_LinkToBothFormatsOfTheirDocument()
    {
        var (samenwerking, leerwerk, _) = await DemoIdsAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, leerwerkPage) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{leerwerk}");
        var (_, samenwerkingPage) = await client.GetPageAsync($"/Overeenkomsten/Samenwerking/{samenwerking}");

        var links = leerwerkPage.QuerySelectorAll("a").Concat(samenwerkingPage.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/Documenten/Leerwerkovereenkomst/{leerwerk}?formaat=pdf", links);
        Assert.Contains($"/Documenten/Leerwerkovereenkomst/{leerwerk}?formaat=docx", links);
        Assert.Contains($"/Documenten/Samenwerkingsovereenkomst/{samenwerking}?formaat=pdf", links);
        Assert.Contains($"/Documenten/Samenwerkingsovereenkomst/{samenwerking}?formaat=docx", links);
    }
}
