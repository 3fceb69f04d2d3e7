using System.Globalization;
using System.Net;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerbedrijven;

[Collection(WebCollectionB.Name)]
public sealed class LeerbedrijvenPageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Index_Coordinator_ListsDemoCompanies()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync("/Leerbedrijven");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var expected = await db.Leerbedrijven.CountAsync(b => b.SchoolId == schoolId, Ct);
        Assert.True(expected >= 20);
        Assert.Equal(expected, page.QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public async Task Index_SearchByKvk_ShowsOnlyThatCompany()
    {
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync($"/Leerbedrijven?zoek={company.KvkNumber}");

        var row = Assert.Single(page.QuerySelectorAll("table tbody tr"));
        Assert.Contains(company.Name, row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FilterByProfiel_ShowsOnlyCompaniesWithThatLwtErkenning()
    {
        var company = await Arrange.CompanyAsync(factory, new Erkenning { ProfielCode = "MAT", IsLwt = true, GrantedOn = Arrange.Today.AddYears(-1) });
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/Leerbedrijven?profiel=MAT");

        var rows = page.QuerySelectorAll("table tbody tr");
        Assert.Contains(rows, r => r.TextContent.Contains(company.Name, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("MaT", r.QuerySelectorAll("td")[3].TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Index_FilterByProfiel_LeavesOutWithdrawnErkenning()
    {
        var withdrawn = await Arrange.CompanyAsync(factory,
            new Erkenning { ProfielCode = "DP", IsLwt = true, GrantedOn = Arrange.Today.AddYears(-2), WithdrawnOn = Arrange.Today.AddDays(-1) });
        var endsLater = await Arrange.CompanyAsync(factory,
            new Erkenning { ProfielCode = "DP", IsLwt = true, GrantedOn = Arrange.Today.AddYears(-2), WithdrawnOn = Arrange.Today.AddMonths(1) });
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/Leerbedrijven?profiel=DP");

        var text = page.QuerySelector("table tbody")!.TextContent;
        Assert.DoesNotContain(withdrawn.Name, text, StringComparison.Ordinal);
        Assert.Contains(endsLater.Name, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_DemoCompany_ShowsSupervisorsErkenningenAndPlacements()
    {
        await using var db = factory.CreateSystemDbContext();
        var company = await db.Leerbedrijven.Include(b => b.Praktijkbegeleiders)
            .FirstAsync(b => db.Leerwerkovereenkomsten.Any(o => o.LeerbedrijfId == b.Id), Ct);
        var placement = await db.Leerwerkovereenkomsten.Include(o => o.Leerling).FirstAsync(o => o.LeerbedrijfId == company.Id, Ct);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/Leerbedrijven/Details/{company.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(company.Name, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(company.KvkNumber, page.QuerySelector("dl.details")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(company.Praktijkbegeleiders[0].Name, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(placement.Leerling!.FullName, page.Body.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/Overeenkomsten/Leerwerk/{placement.Id}']"));
    }

    [Fact]
    public async Task Details_AssessmentOverdueOrDueSoon_ShowsRedAndOrangeTags()
    {
        var today = Arrange.Today;
        var company = await Arrange.CompanyAsync(factory,
            new Erkenning { ProfielCode = "BWI", IsLwt = true, GrantedOn = today.AddYears(-5) },
            // Granted with its last assessment, so it has not lapsed under F2 (four years without an LWT student) either.
            new Erkenning { ProfielCode = "ZW", IsLwt = true, GrantedOn = today.AddYears(-4).AddMonths(3), LastAssessedOn = today.AddYears(-4).AddMonths(3) },
            new Erkenning { ProfielCode = "GR", IsLwt = true, GrantedOn = today.AddYears(-1) });
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync($"/Leerbedrijven/Details/{company.Id}");

        var rows = page.QuerySelectorAll("#erkenningen + .leerwerk-table-scroll table tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.NotNull(rows.Single(r => r.TextContent.Contains("Bouwen", StringComparison.Ordinal)).QuerySelector(".tag--error"));
        Assert.NotNull(rows.Single(r => r.TextContent.Contains("Zorg", StringComparison.Ordinal)).QuerySelector(".tag--warning"));
        Assert.Null(rows.Single(r => r.TextContent.Contains("Groen", StringComparison.Ordinal)).QuerySelector(".tag"));
    }

    [Fact]
    public async Task Nieuw_ValidInput_SavesNormalizedAndAudits()
    {
        var kvk = Arrange.NewKvkNumber();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Leerbedrijven/Nieuw", "form#leerbedrijf", new Dictionary<string, string>
        {
            ["Input.Name"] = "Bakkerij Nieuw",
            ["Input.KvkNumber"] = kvk,
            ["Input.SbbLeerbedrijfId"] = "SBB-123",
            ["Input.Street"] = "Dorpsstraat 1",
            ["Input.PostalCode"] = "4001ab",
            ["Input.City"] = "Tiel",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var company = await db.Leerbedrijven.SingleAsync(b => b.KvkNumber == kvk, Ct);
        Assert.Equal("Bakkerij Nieuw", company.Name);
        Assert.Equal("4001 AB", company.PostalCode);
        Assert.Equal(await Arrange.DemoSchoolIdAsync(factory), company.SchoolId);
        Assert.Equal($"/Leerbedrijven/Details/{company.Id}", response.Headers.Location!.OriginalString);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Leerbedrijf" && a.EntityId == company.Id.ToString(CultureInfo.InvariantCulture)
            && a.UserName == "coordinator" && a.Action == "toegevoegd", Ct));
    }

    [Fact]
    public async Task Edit_ValidInput_SavesAndAudits()
    {
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerbedrijven/Edit/{company.Id}", "form#leerbedrijf", new Dictionary<string, string>
        {
            ["Input.Name"] = "Hernoemd bedrijf",
            ["Input.City"] = "Culemborg",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Leerbedrijven.SingleAsync(b => b.Id == company.Id, Ct);
        Assert.Equal("Hernoemd bedrijf", saved.Name);
        Assert.Equal("Culemborg", saved.City);
        Assert.Equal(company.KvkNumber, saved.KvkNumber);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Leerbedrijf" && a.EntityId == company.Id.ToString(CultureInfo.InvariantCulture)
            && a.UserName == "coordinator" && a.Action == "gewijzigd", Ct));
    }

    [Theory]
    [InlineData("Input.KvkNumber", "1234567", "Het KvK-nummer moet uit 8 cijfers bestaan.")]
    [InlineData("Input.KvkNumber", "123456789", "Het KvK-nummer moet uit 8 cijfers bestaan.")]
    [InlineData("Input.KvkNumber", "1234567a", "Het KvK-nummer moet uit 8 cijfers bestaan.")]
    [InlineData("Input.KvkNumber", "", "Vul KvK-nummer in.")]
    [InlineData("Input.Name", "", "Vul Naam in.")]
    [InlineData("Input.PostalCode", "12345", "Vul de postcode in als vier cijfers en twee letters, bijvoorbeeld 1234 AB.")]
    [InlineData("Input.PostalCode", "0123 AB", "Vul de postcode in als vier cijfers en twee letters, bijvoorbeeld 1234 AB.")]
    public async Task Nieuw_InvalidField_GivesDutchErrorAndSavesNothing(string field, string value, string message)
    {
        var name = $"Ongeldig {Guid.NewGuid():N}";
        var values = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.KvkNumber"] = Arrange.NewKvkNumber(),
            ["Input.PostalCode"] = "4001 AB",
            [field] = value,
        };
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Leerbedrijven/Nieuw", "form#leerbedrijf", values);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"[data-fout-voor='{field}']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Leerbedrijven.AnyAsync(b => b.Name == name || b.KvkNumber == values["Input.KvkNumber"], Ct));
    }

    [Fact]
    public async Task Nieuw_KvkOfExistingCompany_GivesDutchError()
    {
        var existing = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Leerbedrijven/Nieuw", "form#leerbedrijf", new Dictionary<string, string>
        {
            ["Input.Name"] = "Dubbel bedrijf",
            ["Input.KvkNumber"] = existing.KvkNumber,
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal("Er is al een leerbedrijf met dit KvK-nummer.", page.QuerySelector("[data-fout-voor='Input.KvkNumber']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(1, await db.Leerbedrijven.CountAsync(b => b.KvkNumber == existing.KvkNumber, Ct));
    }

    [Fact]
    public async Task Praktijkbegeleider_AddAndEdit_SavesAndAudits()
    {
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var added = await client.SubmitFormAsync($"/Leerbedrijven/Praktijkbegeleider/{company.Id}", "form#praktijkbegeleider", new Dictionary<string, string>
        {
            ["Input.Name"] = "Anna Leermeester",
            ["Input.Function"] = "Leermeester",
            ["Input.IsQualified"] = "true",
            ["Input.Email"] = "anna@example.nl",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var supervisor = await db.Praktijkbegeleiders.SingleAsync(p => p.LeerbedrijfId == company.Id && p.Name == "Anna Leermeester", Ct);
        Assert.True(supervisor.IsQualified);

        var edited = await client.SubmitFormAsync($"/Leerbedrijven/Praktijkbegeleider/{company.Id}/{supervisor.Id}", "form#praktijkbegeleider",
            new Dictionary<string, string> { ["Input.Phone"] = "0344 123456" });

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        db.ChangeTracker.Clear();
        Assert.Equal("0344 123456", (await db.Praktijkbegeleiders.SingleAsync(p => p.Id == supervisor.Id, Ct)).Phone);
        Assert.Equal(2, await db.Audit.CountAsync(a => a.EntityType == "Praktijkbegeleider"
            && a.EntityId == supervisor.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator", Ct));
    }

    [Fact]
    public async Task Praktijkbegeleider_NoName_GivesDutchErrorAndSavesNothing()
    {
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerbedrijven/Praktijkbegeleider/{company.Id}", "form#praktijkbegeleider",
            new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Email"] = "geen-adres" });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal("Vul Naam in.", page.QuerySelector("[data-fout-voor='Input.Name']")!.TextContent.Trim());
        Assert.Equal("E-mailadres is geen geldig e-mailadres.", page.QuerySelector("[data-fout-voor='Input.Email']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(1, await db.Praktijkbegeleiders.CountAsync(p => p.LeerbedrijfId == company.Id, Ct));
    }

    [Fact]
    public async Task Erkenning_Add_SavesAndAudits()
    {
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerbedrijven/Erkenning/{company.Id}", "form#erkenning", new Dictionary<string, string>
        {
            ["Input.ProfielCode"] = "HBR",
            ["Input.GrantedOn"] = "2024-03-01",
            ["Input.LastAssessedOn"] = "2025-03-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var erkenning = await db.Erkenningen.SingleAsync(e => e.LeerbedrijfId == company.Id, Ct);
        Assert.Equal("HBR", erkenning.ProfielCode);
        Assert.True(erkenning.IsLwt);
        Assert.Equal(new DateOnly(2024, 3, 1), erkenning.GrantedOn);
        Assert.Equal(new DateOnly(2029, 3, 1), erkenning.NextAssessmentDue);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Erkenning" && a.EntityId == erkenning.Id.ToString(CultureInfo.InvariantCulture)
            && a.UserName == "coordinator", Ct));
    }

    [Fact]
    public async Task Erkenning_Edit_Saves()
    {
        var company = await Arrange.CompanyAsync(factory, new Erkenning { ProfielCode = "PIE", IsLwt = true, GrantedOn = new DateOnly(2020, 1, 1) });
        var erkenning = company.Erkenningen[0];
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerbedrijven/Erkenning/{company.Id}/{erkenning.Id}", "form#erkenning",
            new Dictionary<string, string> { ["Input.WithdrawnOn"] = "2025-06-30" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(new DateOnly(2025, 6, 30), (await db.Erkenningen.SingleAsync(e => e.Id == erkenning.Id, Ct)).WithdrawnOn);
    }

    [Theory]
    [InlineData("Input.GrantedOn", 1, null, "De datum van erkenning mag niet in de toekomst liggen.")]
    [InlineData("Input.LastAssessedOn", -100, -101, "De laatste beoordeling kan niet vóór de datum van erkenning liggen.")]
    [InlineData("Input.GrantedOn", null, null, "Vul Erkend op in.")]
    public async Task Erkenning_InvalidDates_GivesDutchErrorAndSavesNothing(string field, int? grantedDaysFromToday, int? assessedDaysFromToday, string message)
    {
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerbedrijven/Erkenning/{company.Id}", "form#erkenning", new Dictionary<string, string>
        {
            ["Input.ProfielCode"] = "EO",
            ["Input.GrantedOn"] = grantedDaysFromToday is { } g ? Arrange.IsoDate(Arrange.Today.AddDays(g)) : "",
            ["Input.LastAssessedOn"] = assessedDaysFromToday is { } a ? Arrange.IsoDate(Arrange.Today.AddDays(a)) : "",
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"[data-fout-voor='{field}']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Erkenningen.AnyAsync(e => e.LeerbedrijfId == company.Id, Ct));
    }

    [Theory]
    [InlineData("/Leerbedrijven/Details/999999")]
    [InlineData("/Leerbedrijven/Edit/999999")]
    [InlineData("/Leerbedrijven/Praktijkbegeleider/999999")]
    [InlineData("/Leerbedrijven/Erkenning/999999")]
    public async Task UnknownId_GivesDutch404(string url)
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task CompanyOfAnotherSchool_IsInvisible()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        foreach (var url in new[]
                 {
                     $"/Leerbedrijven/Details/{foreign.LeerbedrijfId}",
                     $"/Leerbedrijven/Edit/{foreign.LeerbedrijfId}",
                     $"/Leerbedrijven/Praktijkbegeleider/{foreign.LeerbedrijfId}/{foreign.PraktijkbegeleiderId}",
                     $"/Leerbedrijven/Erkenning/{foreign.LeerbedrijfId}",
                 })
        {
            var (response, _) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var (_, list) = await client.GetPageAsync("/Leerbedrijven");
        Assert.DoesNotContain("Bedrijf van een andere school", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentor_CanReadButNotEdit()
    {
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (list, listPage) = await client.GetPageAsync("/Leerbedrijven");
        var (details, detailsPage) = await client.GetPageAsync($"/Leerbedrijven/Details/{company.Id}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Null(listPage.QuerySelector("a[href='/Leerbedrijven/Nieuw']"));
        Assert.Null(detailsPage.QuerySelector($"a[href='/Leerbedrijven/Edit/{company.Id}']"));
        foreach (var url in new[]
                 {
                     "/Leerbedrijven/Nieuw",
                     $"/Leerbedrijven/Edit/{company.Id}",
                     $"/Leerbedrijven/Praktijkbegeleider/{company.Id}",
                     $"/Leerbedrijven/Erkenning/{company.Id}",
                 })
        {
            var (response, _) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
        }
    }
}
