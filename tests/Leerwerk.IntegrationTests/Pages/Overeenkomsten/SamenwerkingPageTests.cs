using System.Globalization;
using System.Net;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Overeenkomsten;

[Collection(WebCollectionB.Name)]
public sealed class SamenwerkingPageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Index_Coordinator_ListsDemoAgreementsOfBothKinds()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var samenwerkingen = await db.Samenwerkingsovereenkomsten.CountAsync(s => s.SchoolId == schoolId, Ct);
        var leerwerk = await db.Leerwerkovereenkomsten.CountAsync(o => o.SchoolId == schoolId, Ct);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync("/Overeenkomsten");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(samenwerkingen >= 2);
        Assert.Equal(samenwerkingen, page.QuerySelectorAll("#samenwerkingen tbody tr").Length);
        Assert.Contains(page.QuerySelectorAll("#samenwerkingen tbody tr"), r => r.TextContent.Contains("Leer-werktraject", StringComparison.Ordinal));
        Assert.True(leerwerk >= 60);
        var pages = await client.GetAllPagesAsync("/Overeenkomsten");
        Assert.Equal(leerwerk, pages.Sum(p => p.QuerySelectorAll("#leerwerkovereenkomsten tbody tr").Length));
        Assert.Equal($"{leerwerk} leer-werkovereenkomsten", page.QuerySelector("#leerwerkovereenkomsten caption")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/MboInstellingen']"));
    }

    [Fact]
    public async Task Index_FilterTerOndertekening_ShowsOnlyThatStatus()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/Overeenkomsten?status=TerOndertekening");

        var rows = page.QuerySelectorAll("#leerwerkovereenkomsten tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Ter ondertekening", r.QuerySelectorAll("td")[3].TextContent));
    }

    [Fact]
    public async Task Samenwerking_Demo_ShowsDetailsInDutch()
    {
        await using var db = factory.CreateSystemDbContext();
        var agreement = await db.Samenwerkingsovereenkomsten.Include(s => s.MboInstelling).FirstAsync(Ct);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/Overeenkomsten/Samenwerking/{agreement.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(agreement.MboInstelling!.Name, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Domain.Nl.Date(agreement.StartDate), page.QuerySelector("dl.details")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SamenwerkingNieuw_ValidInput_SavesAndAudits()
    {
        var partnerId = await DemoPartnerIdAsync();
        var subject = $"Onderwerpen {Guid.NewGuid():N}";
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Overeenkomsten/SamenwerkingNieuw", "form#samenwerking", new Dictionary<string, string>
        {
            ["Input.MboInstellingId"] = partnerId.ToString(CultureInfo.InvariantCulture),
            ["Input.Soort"] = "DoorlopendeLeerroute",
            ["Input.StartDate"] = "2025-08-01",
            ["Input.EndDate"] = "2030-07-31",
            ["Input.Toelatingscommissie"] = "Teamleider vmbo en opleidingsmanager mbo.",
            ["Input.OnderwerpenSamenwerking"] = subject,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Samenwerkingsovereenkomsten.SingleAsync(s => s.OnderwerpenSamenwerking == subject, Ct);
        Assert.Equal(SamenwerkingSoort.DoorlopendeLeerroute, saved.Soort);
        Assert.Equal(new DateOnly(2030, 7, 31), saved.EndDate);
        Assert.True(saved.CoversDoorlopendeLeerweg);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Samenwerkingsovereenkomst"
            && a.EntityId == saved.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator", Ct));
    }

    [Fact]
    public async Task SamenwerkingBewerken_NoticeGiven_SavesAndShowsNotInForceAfterSixMonths()
    {
        var agreement = await NewAgreementAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Overeenkomsten/SamenwerkingBewerken/{agreement.Id}", "form#samenwerking",
            new Dictionary<string, string> { ["Input.NoticeGivenOn"] = "2024-01-15" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Samenwerkingsovereenkomsten.SingleAsync(s => s.Id == agreement.Id, Ct);
        Assert.Equal(new DateOnly(2024, 1, 15), saved.NoticeGivenOn);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Samenwerkingsovereenkomst" && a.Action == "gewijzigd"
            && a.EntityId == saved.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator", Ct));
        var (_, page) = await client.GetPageAsync($"/Overeenkomsten/Samenwerking/{agreement.Id}");
        Assert.NotNull(page.QuerySelector("dl.details .tag--error"));
    }

    [Theory]
    [InlineData("Input.EndDate", "2023-07-31", "De einddatum kan niet vóór de begindatum liggen.")]
    [InlineData("Input.StartDate", "", "Vul Begindatum in.")]
    [InlineData("Input.MboInstellingId", "", "Kies een mbo-partner.")]
    public async Task SamenwerkingNieuw_Invalid_GivesDutchErrorAndSavesNothing(string field, string value, string message)
    {
        var partnerId = await DemoPartnerIdAsync();
        var subject = $"Ongeldig {Guid.NewGuid():N}";
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Overeenkomsten/SamenwerkingNieuw", "form#samenwerking", new Dictionary<string, string>
        {
            ["Input.MboInstellingId"] = partnerId.ToString(CultureInfo.InvariantCulture),
            ["Input.StartDate"] = "2023-08-01",
            ["Input.OnderwerpenSamenwerking"] = subject,
            [field] = value,
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"[data-fout-voor='{field}']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Samenwerkingsovereenkomsten.AnyAsync(s => s.OnderwerpenSamenwerking == subject, Ct));
    }

    [Fact]
    public async Task SamenwerkingNieuw_PartnerOfAnotherSchool_IsRefused()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Overeenkomsten/SamenwerkingNieuw", "form#samenwerking", new Dictionary<string, string>
        {
            ["Input.MboInstellingId"] = foreign.MboInstellingId.ToString(CultureInfo.InvariantCulture),
            ["Input.StartDate"] = "2025-08-01",
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal("Kies een mbo-partner van de school.", page.QuerySelector("[data-fout-voor='Input.MboInstellingId']")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/Overeenkomsten/Samenwerking/999999")]
    [InlineData("/Overeenkomsten/SamenwerkingBewerken/999999")]
    public async Task UnknownId_GivesDutch404(string url)
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task SamenwerkingOfAnotherSchool_IsInvisible()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (details, _) = await client.GetPageAsync($"/Overeenkomsten/Samenwerking/{foreign.SamenwerkingId}");
        var (edit, _) = await client.GetPageAsync($"/Overeenkomsten/SamenwerkingBewerken/{foreign.SamenwerkingId}");
        var (_, list) = await client.GetPageAsync("/Overeenkomsten");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.DoesNotContain("ROC Elders", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentor_CanReadButNotEdit()
    {
        var agreement = await NewAgreementAsync();
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (list, _) = await client.GetPageAsync("/Overeenkomsten");
        var (details, detailsPage) = await client.GetPageAsync($"/Overeenkomsten/Samenwerking/{agreement.Id}");
        var (edit, _) = await client.GetPageAsync($"/Overeenkomsten/SamenwerkingBewerken/{agreement.Id}");
        var (create, _) = await client.GetPageAsync("/Overeenkomsten/SamenwerkingNieuw");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Null(detailsPage.QuerySelector($"a[href='/Overeenkomsten/SamenwerkingBewerken/{agreement.Id}']"));
        Assert.Equal("/Account/Geweigerd", edit.Headers.Location!.AbsolutePath);
        Assert.Equal("/Account/Geweigerd", create.Headers.Location!.AbsolutePath);
    }

    private async Task<int> DemoPartnerIdAsync()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        return await db.MboInstellingen.Where(m => m.SchoolId == schoolId).Select(m => m.Id).FirstAsync(Ct);
    }

    private async Task<Samenwerkingsovereenkomst> NewAgreementAsync()
    {
        var partnerId = await DemoPartnerIdAsync();
        await using var db = factory.CreateSystemDbContext();
        var partner = await db.MboInstellingen.SingleAsync(m => m.Id == partnerId, Ct);
        var agreement = new Samenwerkingsovereenkomst
        {
            SchoolId = partner.SchoolId,
            MboInstellingId = partner.Id,
            Soort = SamenwerkingSoort.LeerWerktraject,
            StartDate = new DateOnly(2023, 8, 1),
        };
        db.Samenwerkingsovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(Ct);
        return agreement;
    }
}
