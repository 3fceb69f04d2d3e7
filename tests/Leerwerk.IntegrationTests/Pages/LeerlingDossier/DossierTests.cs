using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.LeerlingDossier;

[Collection(WebCollection.Name)]
public sealed class DossierTests(LeerwerkAppFactory factory)
{
    /// <summary>The demo student whose leer-werkovereenkomst lacks the parents' signature.</summary>
    private const string UnsignedByParents = "24005";

    [Fact]
    public async Task Details_ShowsEverySectionWithHeadings()
    {
        var id = await StudentIdAsync("24001");
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, page) = await client.GetPageAsync($"/Leerlingen/Details/{id}");

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(
            ["Bevindingen", "Gegevens", "Route en geschiedenis", "Intake", "Programma en cijfers", "Overeenkomsten en plaatsingen", "Stage-uren", "Examen", "Doorstroom naar het mbo", "Ouders en wettelijk vertegenwoordigers"],
            headings);
        Assert.Contains("van 640 goedgekeurde uren", page.QuerySelector("section.uren-stand")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("section.examen-stand .tag"));
        Assert.Contains("Volledig ondertekend", page.QuerySelector("table.plaatsingen")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_UnsignedPlacement_ShowsNotFullySignedAndMoetFindingFirst()
    {
        var id = await StudentIdAsync(UnsignedByParents);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, page) = await client.GetPageAsync($"/Leerlingen/Details/{id}");

        Assert.Contains("Niet volledig", page.QuerySelector("table.plaatsingen")!.TextContent, StringComparison.Ordinal);
        var badges = page.QuerySelectorAll("section.bevindingen li.finding .badge").Select(b => b.TextContent).ToList();
        Assert.Equal("MOET", badges[0]);
        var firstNonMoet = badges.FindIndex(b => b != "MOET");
        Assert.True(firstNonMoet < 0 || badges.Skip(firstNonMoet).All(b => b != "MOET"), string.Join(",", badges));
    }

    [Fact]
    public async Task DossierPdf_DownloadsAPdf()
    {
        var id = await StudentIdAsync("24001");
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var response = await client.Http.GetAsync(new Uri($"/Leerlingen/DossierPdf/{id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("dossier-24001.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task DossierPdf_OtherSchoolsStudent_IsNotFound()
    {
        var records = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.Http.GetAsync(new Uri($"/Leerlingen/DossierPdf/{records.LeerlingId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DossierPdf_Anonymous_MustLogIn()
    {
        var id = await StudentIdAsync("24001");
        using var client = TestClient.Create(factory);

        var response = await client.Http.GetAsync(new Uri($"/Leerlingen/DossierPdf/{id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Inloggen", response.Headers.Location!.AbsolutePath);
    }

    private async Task<int> StudentIdAsync(string leerlingnummer)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Leerlingen.Where(l => l.Leerlingnummer == leerlingnummer).Select(l => l.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
