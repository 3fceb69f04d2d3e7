using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Overeenkomsten;

[Collection(WebCollectionB.Name)]
public sealed partial class LeerwerkPageTests(LeerwerkAppFactory factory)
{
    private const string RoosterMessage = "Vul per dag 0 tot 12 uur in, in kwartieren (bijvoorbeeld 7,75).";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Leerwerk_DemoAgreement_ShowsContentRoosterAndSignaturesInDutch()
    {
        await using var db = factory.CreateSystemDbContext();
        // The demo's first such agreement (lowest id: loaded before any test adds one), the same on both providers.
        var agreement = await db.Leerwerkovereenkomsten.Include(o => o.Leerling).Include(o => o.Leerbedrijf)
            .Where(o => o.Status == LeerwerkovereenkomstStatus.TerOndertekening).OrderBy(o => o.Id).FirstAsync(Ct);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{agreement.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(agreement.Leerling!.FullName, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ter ondertekening", page.QuerySelector("#status")!.TextContent);
        Assert.Contains(agreement.Leerbedrijf!.Name, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(agreement.Leerdoelen!, page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("8", page.QuerySelector("#rooster tbody")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("#rooster tbody td"), td => Assert.DoesNotMatch(TrailingZero(), td.TextContent));
        var parties = page.QuerySelectorAll("#ondertekeningen tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Contains("Bevoegd gezag van de school", parties);
        Assert.DoesNotContain("Ouder of wettelijk vertegenwoordiger", parties);
    }

    [Fact]
    public async Task Leerwerk_RoosterAndPlannedHours_ShowTheNumberNotTheScaleTheDatabaseReadsItWith()
    {
        var id = await NewAgreementAsync(new Rooster { Monday = 7.5m, Thursday = 7.25m }, plannedHours: 288.5m);
        await using (var db = factory.CreateSystemDbContext())
        {
            // PostgreSQL's numeric(4,2) hands 7.5 back as 7.50 (scale 2); SQLite's text as 7.5. The page must not care.
            var read = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct);
            Assert.Equal(LeerwerkAppFactory.IsPostgres ? 2 : 1, read.Rooster.Monday.Scale);
        }

        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["7,5", "0", "0", "7,25", "0", "14,75 uur in 2 dagen"], page.QuerySelectorAll("#rooster tbody td").Select(td => td.TextContent));
        Assert.Equal("288,5 uur", page.QuerySelector("#geplande-uren")!.TextContent);
    }

    [Fact]
    public async Task LeerwerkNieuw_ValidInput_SavesConceptWithDecimalCommaAndAudits()
    {
        var choice = await ChoiceAsync();
        var goal = $"Leerdoelen {Guid.NewGuid():N}";
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Overeenkomsten/LeerwerkNieuw", "form#leerwerk", Valid(choice, goal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Leerdoelen == goal, Ct);
        Assert.Equal(LeerwerkovereenkomstStatus.Concept, saved.Status);
        Assert.Equal(7.5m, saved.Rooster.Monday);
        Assert.Equal(7.75m, saved.Rooster.Thursday);
        Assert.Equal(0m, saved.Rooster.Tuesday);
        Assert.Equal(288.5m, saved.PlannedHours);
        Assert.Equal(choice.SupervisorId, saved.PraktijkbegeleiderId);
        Assert.Equal(new DateOnly(2026, 9, 14), saved.StartDate);
        Assert.Equal($"/Overeenkomsten/Leerwerk/{saved.Id}", response.Headers.Location!.OriginalString);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Leerwerkovereenkomst"
            && a.EntityId == saved.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator" && a.Action == "toegevoegd", Ct));

        var (_, page) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{saved.Id}");
        Assert.Equal("Concept", page.QuerySelector("#status")!.TextContent);
        Assert.Contains("7,5", page.QuerySelector("#rooster tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("288,5 uur", page.QuerySelector("#geplande-uren")!.TextContent);
    }

    [Fact]
    public async Task LeerwerkBewerken_ValidInput_SavesAndAudits()
    {
        var id = await NewAgreementAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var form = await client.GetPageAsync($"/Overeenkomsten/LeerwerkBewerken/{id}");
        Assert.Equal("7,5", form.Document.QuerySelector<IHtmlInputElement>("#Input_Monday")!.Value);
        var response = await client.SubmitFormAsync($"/Overeenkomsten/LeerwerkBewerken/{id}", "form#leerwerk", new Dictionary<string, string>
        {
            ["Input.Wednesday"] = "4,25",
            ["Input.MentorName"] = "Mevrouw Jansen",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct);
        Assert.Equal(4.25m, saved.Rooster.Wednesday);
        Assert.Equal(7.5m, saved.Rooster.Monday);
        Assert.Equal("Mevrouw Jansen", saved.MentorName);
        Assert.Equal(LeerwerkovereenkomstStatus.Concept, saved.Status);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Leerwerkovereenkomst" && a.Action == "gewijzigd"
            && a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator", Ct));
    }

    [Theory]
    [InlineData("Input.Monday", "7.3", RoosterMessage)]
    [InlineData("Input.Monday", "13", RoosterMessage)]
    [InlineData("Input.Friday", "7,3", RoosterMessage)]
    [InlineData("Input.Friday", "-1", RoosterMessage)]
    [InlineData("Input.Tuesday", "acht", RoosterMessage)]
    [InlineData("Input.EndDate", "2026-09-01", "De einddatum moet na de begindatum liggen.")]
    [InlineData("Input.EndDate", "2026-09-14", "De einddatum moet na de begindatum liggen.")]
    [InlineData("Input.StartDate", "", "Vul Begindatum in.")]
    [InlineData("Input.PlannedHours", "1300", "Geplande uren moet tussen 0 en 1280 liggen.")]
    [InlineData("Input.PlannedHours", "288.5", "Gebruik een komma voor decimalen, bijvoorbeeld 7,5.")]
    [InlineData("Input.PlannedHours", "7.5", "Gebruik een komma voor decimalen, bijvoorbeeld 7,5.")]
    [InlineData("Input.LeerlingId", "", "Kies een leerling.")]
    [InlineData("Input.LeerbedrijfId", "", "Kies een leerbedrijf.")]
    public async Task LeerwerkNieuw_InvalidField_GivesDutchErrorAndSavesNothing(string field, string value, string message)
    {
        var choice = await ChoiceAsync();
        var goal = $"Ongeldig {Guid.NewGuid():N}";
        var values = Valid(choice, goal);
        values[field] = value;
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Overeenkomsten/LeerwerkNieuw", "form#leerwerk", values);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"[data-fout-voor='{field}']")!.TextContent.Trim());
        Assert.Equal(value, page.QuerySelector<IHtmlElement>($"[name='{field}']") switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlSelectElement select => select.Value,
            _ => null,
        });
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Leerwerkovereenkomsten.AnyAsync(o => o.Leerdoelen == goal, Ct));
    }

    [Fact]
    public async Task LeerwerkNieuw_SupervisorOfAnotherCompany_GivesDutchError()
    {
        var choice = await ChoiceAsync();
        await using var db = factory.CreateSystemDbContext();
        var otherSupervisor = await db.Praktijkbegeleiders
            .Where(p => p.SchoolId == choice.SchoolId && p.LeerbedrijfId != choice.CompanyId).Select(p => p.Id).FirstAsync(Ct);
        var goal = $"Andere begeleider {Guid.NewGuid():N}";
        var values = Valid(choice, goal);
        values["Input.PraktijkbegeleiderId"] = otherSupervisor.ToString(CultureInfo.InvariantCulture);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Overeenkomsten/LeerwerkNieuw", "form#leerwerk", values);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal("Kies een praktijkbegeleider van het gekozen leerbedrijf.",
            page.QuerySelector("[data-fout-voor='Input.PraktijkbegeleiderId']")!.TextContent.Trim());
        Assert.False(await db.Leerwerkovereenkomsten.AnyAsync(o => o.Leerdoelen == goal, Ct));
    }

    [Fact]
    public async Task LeerwerkNieuw_StudentOrCompanyOfAnotherSchool_IsRefused()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        var choice = await ChoiceAsync();
        var goal = $"Vreemd {Guid.NewGuid():N}";
        var values = Valid(choice, goal);
        values["Input.LeerlingId"] = foreign.LeerlingId.ToString(CultureInfo.InvariantCulture);
        values["Input.LeerbedrijfId"] = foreign.LeerbedrijfId.ToString(CultureInfo.InvariantCulture);
        values["Input.PraktijkbegeleiderId"] = "";
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Overeenkomsten/LeerwerkNieuw", "form#leerwerk", values);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal("Kies een leerling van de school.", page.QuerySelector("[data-fout-voor='Input.LeerlingId']")!.TextContent.Trim());
        Assert.Equal("Kies een leerbedrijf van de school.", page.QuerySelector("[data-fout-voor='Input.LeerbedrijfId']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Leerwerkovereenkomsten.AnyAsync(o => o.Leerdoelen == goal, Ct));
    }

    [Fact]
    public async Task Onderteken_Coordinator_SavesSignatureAndAudits()
    {
        var id = await NewAgreementAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Overeenkomsten/Leerwerk/{id}", "form#onderteken", new Dictionary<string, string>
        {
            ["Input.Partij"] = "WettelijkVertegenwoordiger",
            ["Input.SignerName"] = "Karin de Vries",
            ["Input.SignedOn"] = "2026-09-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var signature = await db.Ondertekeningen.SingleAsync(s => s.LeerwerkovereenkomstId == id, Ct);
        Assert.Equal(Partij.WettelijkVertegenwoordiger, signature.Partij);
        Assert.Equal(new DateOnly(2026, 9, 1), signature.SignedOn);
        Assert.Equal(LeerwerkovereenkomstStatus.Concept, (await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct)).Status);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Ondertekening"
            && a.EntityId == signature.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator", Ct));
        var (_, page) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{id}");
        var row = Assert.Single(page.QuerySelectorAll("#ondertekeningen tbody tr"));
        Assert.Equal("Ouder of wettelijk vertegenwoordiger", row.QuerySelector("td")!.TextContent);
        Assert.Contains("1 september 2026", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Partij", "", "Kies de partij die tekent.")]
    [InlineData("Input.SignerName", "", "Vul Naam van wie tekent in.")]
    [InlineData("Input.SignedOn", "2999-01-01", "De datum van ondertekening mag niet in de toekomst liggen.")]
    public async Task Onderteken_Invalid_GivesDutchErrorAndSavesNothing(string field, string value, string message)
    {
        var id = await NewAgreementAsync();
        var values = new Dictionary<string, string>
        {
            ["Input.Partij"] = "Leerling",
            ["Input.SignerName"] = "Sanne",
            ["Input.SignedOn"] = "2026-09-01",
            [field] = value,
        };
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Overeenkomsten/Leerwerk/{id}", "form#onderteken", values);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"[data-fout-voor='{field}']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Ondertekeningen.AnyAsync(s => s.LeerwerkovereenkomstId == id, Ct));
    }

    [Fact]
    public async Task Mentor_CanReadButNotEditOrSign()
    {
        var id = await NewAgreementAsync();
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (details, page) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{id}");
        var (edit, _) = await client.GetPageAsync($"/Overeenkomsten/LeerwerkBewerken/{id}");
        var (create, _) = await client.GetPageAsync("/Overeenkomsten/LeerwerkNieuw");

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Null(page.QuerySelector("form#onderteken"));
        Assert.Null(page.QuerySelector($"a[href='/Overeenkomsten/LeerwerkBewerken/{id}']"));
        Assert.Equal("/Account/Geweigerd", edit.Headers.Location!.AbsolutePath);
        Assert.Equal("/Account/Geweigerd", create.Headers.Location!.AbsolutePath);

        // A hand-made post with the mentor's own antiforgery token (taken from the password form) is refused too.
        var (_, passwordPage) = await client.GetPageAsync("/Account/WachtwoordWijzigen");
        var token = passwordPage.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Partij"] = "Leerling",
            ["Input.SignerName"] = "Sanne",
            ["Input.SignedOn"] = "2026-09-01",
        });
        var post = await client.Http.PostAsync(new Uri($"/Overeenkomsten/Leerwerk/{id}?handler=Onderteken", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/Account/Geweigerd", post.Headers.Location!.AbsolutePath);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Ondertekeningen.AnyAsync(s => s.LeerwerkovereenkomstId == id, Ct));
    }

    [Theory]
    [InlineData("/Overeenkomsten/Leerwerk/999999")]
    [InlineData("/Overeenkomsten/LeerwerkBewerken/999999")]
    public async Task UnknownId_GivesDutch404(string url)
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task LeerwerkOfAnotherSchool_IsInvisible()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (details, _) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{foreign.LeerwerkId}");
        var (edit, _) = await client.GetPageAsync($"/Overeenkomsten/LeerwerkBewerken/{foreign.LeerwerkId}");
        var list = await client.GetAllPagesAsync("/Overeenkomsten");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.All(list, page => Assert.Null(page.QuerySelector($"a[href='/Overeenkomsten/Leerwerk/{foreign.LeerwerkId}']")));
    }

    private static Dictionary<string, string> Valid(Choice choice, string leerdoelen) => new()
    {
        ["Input.LeerlingId"] = choice.StudentId.ToString(CultureInfo.InvariantCulture),
        ["Input.LeerbedrijfId"] = choice.CompanyId.ToString(CultureInfo.InvariantCulture),
        ["Input.PraktijkbegeleiderId"] = choice.SupervisorId.ToString(CultureInfo.InvariantCulture),
        ["Input.MentorName"] = "Meneer Bakker",
        ["Input.Inhoud"] = "Meewerken in de keuken.",
        ["Input.Leerdoelen"] = leerdoelen,
        ["Input.Beoordelingsmaatstaven"] = "Beoordelingsformulier stage.",
        ["Input.Begeleiding"] = "Wekelijks contact.",
        ["Input.VoortijdigeBeeindiging"] = "Na overleg, twee weken opzegtermijn.",
        ["Input.StartDate"] = "2026-09-14",
        ["Input.EndDate"] = "2027-07-09",
        ["Input.PlannedHours"] = "288,5",
        ["Input.Monday"] = "7,5",
        ["Input.Tuesday"] = "",
        ["Input.Wednesday"] = "0",
        ["Input.Thursday"] = "7,75",
        ["Input.Friday"] = "",
    };

    private async Task<Choice> ChoiceAsync()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.Where(l => l.SchoolId == schoolId).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(Ct);
        var supervisor = await db.Praktijkbegeleiders.Where(p => p.SchoolId == schoolId).OrderBy(p => p.Id).FirstAsync(Ct);
        return new Choice(schoolId, student, supervisor.LeerbedrijfId, supervisor.Id);
    }

    private async Task<int> NewAgreementAsync(Rooster? rooster = null, decimal plannedHours = 270m)
    {
        var choice = await ChoiceAsync();
        await using var db = factory.CreateSystemDbContext();
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = choice.SchoolId,
            LeerlingId = choice.StudentId,
            LeerbedrijfId = choice.CompanyId,
            PraktijkbegeleiderId = choice.SupervisorId,
            StartDate = new DateOnly(2026, 9, 14),
            EndDate = new DateOnly(2027, 7, 9),
            PlannedHours = plannedHours,
            Rooster = rooster ?? new Rooster { Monday = 7.5m },
        };
        db.Leerwerkovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(Ct);
        return agreement.Id;
    }

    private sealed record Choice(int SchoolId, int StudentId, int CompanyId, int SupervisorId);

    /// <summary>A decimal shown with its column scale: "7,50", "7,50000", "8,00".</summary>
    [GeneratedRegex(@"\d,\d*0\b")]
    private static partial Regex TrailingZero();
}
