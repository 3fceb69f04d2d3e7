using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Examens;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Tests;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Examen;

/// <summary>The cohort screen of uitslagdag: results from the stored grades, filters, export, vaststellen and outdated.</summary>
[Collection(WebCollectionB.Name)]
public sealed class UitslagdagPageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Cohort_ShowsEachResultFromTheStoredGradesAndFilters()
    {
        var (klas, leerlingen) = await GradedCohortAsync(3, zakt: 1);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, page) = await client.GetPageAsync($"/Examen/Uitslagdag?klas={klas}");

        Assert.Equal(new[] { "Geslaagd", "Geslaagd", "Afgewezen" }, Uitslagen(page, leerlingen.Select(l => l.Leerlingnummer)));
        Assert.All(page.QuerySelectorAll("#uitslagen tbody tr"), r => Assert.Equal("niet vastgesteld", r.GetAttribute("data-vaststelling")));
        var (_, afgewezen) = await client.GetPageAsync($"/Examen/Uitslagdag?klas={klas}&status=afgewezen&regeling=lwt");
        Assert.Equal(leerlingen[2].Leerlingnummer, Assert.Single(afgewezen.QuerySelectorAll("#uitslagen tbody tr")).GetAttribute("data-leerlingnummer"));
        var (_, bb) = await client.GetPageAsync($"/Examen/Uitslagdag?klas={klas}&regeling=bb");
        Assert.Empty(bb.QuerySelectorAll("#uitslagen tbody tr"));
        var (_, herkansing) = await client.GetPageAsync($"/Examen/Uitslagdag?klas={klas}&herkansing=ja");
        Assert.Equal(3, herkansing.QuerySelectorAll("#uitslagen tbody tr").Length);
    }

    [Fact]
    public async Task Export_CsvAndXlsx_HoldTheShownCandidates()
    {
        var (klas, leerlingen) = await GradedCohortAsync(2, zakt: 1);
        using var client = await TestClient.LoggedInAsync(factory, "coordinator");

        var csv = await client.Http.GetAsync(new Uri($"/Examen/Uitslagdag?handler=Csv&klas={klas}", UriKind.Relative), TestContext.Current.CancellationToken);
        var xlsx = await client.Http.GetAsync(new Uri($"/Examen/Uitslagdag?handler=Xlsx&klas={klas}", UriKind.Relative), TestContext.Current.CancellationToken);

        var text = await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = text.TrimEnd().Split("\r\n");
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Leerlingnummer;Naam;Klas;Regeling;Uitslag", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains($"{leerlingen[1].Leerlingnummer};{leerlingen[1].FullName};{klas};LWT;Afgewezen;7;;ja;Niet vastgesteld", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Vaststellen_ThenAGradeChanges_ShowsOutdatedAndNeverRewritesUntilDecidedAgain()
    {
        var (klas, leerlingen) = await GradedCohortAsync(2, zakt: 0);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var url = $"/Examen/Uitslagdag?klas={klas}";

        var (_, page) = await client.GetPageAsync(url);
        var response = await client.SubmitAsync(url, page.QuerySelector<IHtmlFormElement>("#alle-vaststellen")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        (_, page) = await client.GetPageAsync(url);
        Assert.All(page.QuerySelectorAll("#uitslagen tbody tr"), r => Assert.Equal("vastgesteld", r.GetAttribute("data-vaststelling")));
        await using var db = factory.CreateSystemDbContext();
        var eerste = await db.UitslagVaststellingen.SingleAsync(v => v.LeerlingId == leerlingen[0].Id, TestContext.Current.CancellationToken);
        Assert.Equal((UitslagStatus.Geslaagd, UitslagRegeling.Lwt, "examensecretaris", 7), (eerste.Status, eerste.Regeling, eerste.VastgesteldDoor, eerste.Combinatiecijfer!.Value));
        Assert.Equal("6.8", UitslagGrondslag.Vakken(eerste.Grondslag).Single(v => v.Naam == "Nederlands").Ce);

        // A grade changes: the candidate now fails, the stored decision stays and is shown as outdated.
        var (_, cijfers) = await client.GetPageAsync($"/Examen/Cijfers?klas={klas}");
        await CijfersPageTests.SaveAsync(client, cijfers, leerlingen[0].Leerlingnummer, "Nederlands", se: "4,0", ce: "4,0");
        (_, page) = await client.GetPageAsync(url);
        var rij = Row(page, leerlingen[0].Leerlingnummer);
        Assert.Equal("verouderd", rij.GetAttribute("data-vaststelling"));
        Assert.Equal("Afgewezen", rij.QuerySelector(".tag.uitslag")!.TextContent);
        Assert.Contains("Geslaagd", rij.QuerySelector(".vaststelling")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("vastgesteld", Row(page, leerlingen[1].Leerlingnummer).GetAttribute("data-vaststelling"));

        // "Alle vaststellen" leaves the outdated decision alone; only a decision on the candidate replaces it.
        Assert.Null(page.QuerySelector("#alle-vaststellen"));
        response = await client.SubmitAsync(url, rij.QuerySelector<IHtmlFormElement>("form")!, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var besluiten = await db.UitslagVaststellingen.Where(v => v.LeerlingId == leerlingen[0].Id).OrderBy(v => v.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new[] { UitslagStatus.Geslaagd, UitslagStatus.Afgewezen }, besluiten.Select(b => b.Status));
        (_, page) = await client.GetPageAsync(url);
        Assert.Equal("vastgesteld", Row(page, leerlingen[0].Leerlingnummer).GetAttribute("data-vaststelling"));
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == nameof(UitslagVaststelling) && a.Action == "toegevoegd", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Cijferlijst_BeforeAndAfterVaststellen_StateOfTodayThenTheDateOfTheDecision()
    {
        var (klas, leerlingen) = await GradedCohortAsync(1, zakt: 0);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var url = $"/Examen/Uitslagdag?klas={klas}";

        var voor = await CijferlijstTextAsync(client, leerlingen[0].Id);
        var (_, page) = await client.GetPageAsync(url);
        await client.SubmitAsync(url, page.QuerySelector<IHtmlFormElement>("#alle-vaststellen")!, new Dictionary<string, string>());
        var na = await CijferlijstTextAsync(client, leerlingen[0].Id);

        Assert.Contains($"Datum van de uitslag: nog niet vastgesteld; stand op {Leerwerk.Domain.Nl.Date(TestClock.Today)}.", voor, StringComparison.Ordinal);
        Assert.Contains($"Datum van de uitslag: {Leerwerk.Domain.Nl.Date(TestClock.Today)}\n", na, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vaststellen_IncompleteResult_IsRefusedInDutch()
    {
        var (klas, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, page) = await client.GetPageAsync($"/Examen/Uitslagdag?klas={klas}");
        Assert.Null(Row(page, leerlingen[0].Leerlingnummer).QuerySelector("form"));
        Assert.Null(page.QuerySelector("#alle-vaststellen"));
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.UitslagVaststellingen.AnyAsync(v => v.LeerlingId == leerlingen[0].Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Vaststellen_CandidateOfAnotherSchool_IsNotFound()
    {
        var (records, _) = await Arrange.OtherSchoolUserAsync(factory);
        var (_, vreemd) = await Cohorten.MaakAsync(factory, 1, records.SchoolId);
        var (klas, _) = await GradedCohortAsync(1, zakt: 0);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, page) = await client.GetPageAsync($"/Examen/Uitslagdag?klas={klas}");
        var form = page.QuerySelector<IHtmlFormElement>("#uitslagen tbody form")!;
        form.Action = $"/Examen/Uitslagdag?handler=Vaststellen&id={vreemd[0].Id}";

        var response = await client.SubmitAsync("/Examen/Uitslagdag", form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.UitslagVaststellingen.AnyAsync(v => v.LeerlingId == vreemd[0].Id, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("mentor")]
    [InlineData("mbopartner")]
    public async Task Pages_OtherRoles_AreRefused(string user)
    {
        using var client = await TestClient.LoggedInAsync(factory, user);

        foreach (var url in new[] { "/Examen/Uitslagdag", "/Examen/Cijfers/Importeren", "/Examen/Vakcodes" })
        {
            var (response, _) = await client.GetPageAsync(url);
            Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
        }
    }

    /// <summary>A cohort graded through the import page; the last <paramref name="zakt"/> candidates fail Nederlands.</summary>
    private async Task<(string Klas, List<Domain.Leerlingen.Leerling> Leerlingen)> GradedCohortAsync(int aantal, int zakt)
    {
        await Cohorten.VakcodesAsync(factory);
        var (klas, leerlingen) = await Cohorten.MaakAsync(factory, aantal);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, preview) = await CijfersImportTests.PreviewAsync(client,
            Cohorten.Bestand(leerlingen, [.. leerlingen.TakeLast(zakt).Select(l => l.Leerlingnummer)]), "cijfers.csv");
        await CijfersImportTests.CommitAsync(client, preview);
        return (klas, leerlingen);
    }

    private static IElement Row(IHtmlDocument page, string leerlingnummer) =>
        page.QuerySelectorAll("#uitslagen tbody tr").Single(r => r.GetAttribute("data-leerlingnummer") == leerlingnummer);

    private static IEnumerable<string> Uitslagen(IHtmlDocument page, IEnumerable<string> leerlingnummers) =>
        leerlingnummers.Select(n => Row(page, n).QuerySelector(".tag.uitslag")!.TextContent);

    // The text of the candidate's cijferlijst PDF, as poppler's pdftotext reads it (test.sh installs poppler-utils).
    private static async Task<string> CijferlijstTextAsync(TestClient client, int leerlingId)
    {
        var pdf = await client.Http.GetByteArrayAsync(new Uri($"/Examen/Cijferlijst/{leerlingId}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-layout", "-", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        await process.StandardInput.BaseStream.WriteAsync(pdf, TestContext.Current.CancellationToken);
        process.StandardInput.Close();
        var text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return System.Text.RegularExpressions.Regex.Replace(text, "[ ]+", " ");
    }
}
