using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Mbo;

/// <summary>The mbo partner reads the LWT students of schools with a samenwerkingsovereenkomst with its instelling, and nothing else.</summary>
[Collection(WebCollection.Name)]
public sealed class MboPartnerTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Index_ListsSharedLwtStudents()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var (response, page) = await client.GetPageAsync("/Mbo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ROC Betuwe Vakcollege", page.QuerySelector("p.lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("table.gedeeld tbody tr"), tr => tr.Children[0].TextContent == "24001");
    }

    [Fact]
    public async Task Leerling_Shared_IsReadOnlyWithoutGradesOrEditButtons()
    {
        var id = await StudentIdAsync("24001");
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var (response, page) = await client.GetPageAsync($"/Mbo/Leerling/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("h2#doorstroom-kop"));
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.TextContent.Contains("Wijzigen", StringComparison.Ordinal));
        Assert.DoesNotContain(",", page.QuerySelector("ul.programma")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leerling_NotInAnLwt_IsNotFound()
    {
        var student = await TestStudents.CreateAsync(factory, "Ongedeeld");
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var response = await client.Http.GetAsync(new Uri($"/Mbo/Leerling/{student.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Leerling_OtherSchool_IsNotFound()
    {
        var records = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var response = await client.Http.GetAsync(new Uri($"/Mbo/Leerling/{records.LeerlingId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/Leerlingen/Details/{0}")]
    [InlineData("/Leerlingen/Programma/{0}")]
    [InlineData("/Leerlingen/Doorstroom/{0}")]
    [InlineData("/Examen")]
    public async Task SchoolPages_AreRefused(string url)
    {
        var id = await StudentIdAsync("24001");
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var response = await client.Http.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, id), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Post_WithValidToken_IsRefused()
    {
        var id = await StudentIdAsync("24001");
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");
        var url = $"/Mbo/Leerling/{id}";
        var (_, page) = await client.GetPageAsync(url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Opleiding", "iets")]);
        var post = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);
        using var edit = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Nederlands", "false")]);
        var programma = await client.Http.PostAsync(new Uri($"/Leerlingen/Programma/{id}", UriKind.Relative), edit, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/Account/Geweigerd", post.Headers.Location!.AbsolutePath);
        Assert.Equal("/Account/Geweigerd", programma.Headers.Location!.AbsolutePath);
    }

    private async Task<int> StudentIdAsync(string leerlingnummer)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Leerlingen.Where(l => l.Leerlingnummer == leerlingnummer).Select(l => l.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
