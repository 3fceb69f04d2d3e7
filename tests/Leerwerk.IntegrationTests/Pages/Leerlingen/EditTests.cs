using System.Globalization;
using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

[Collection(WebCollection.Name)]
public sealed class EditTests(LeerwerkAppFactory factory)
{
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Edit_ValidChange_SavesAndIsAuditedInTheCoordinatorsName()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Noortje",
            ["Input.Leerjaar"] = "4",
            ["Input.ParentEmail"] = "ilse.nieuw@example.nl",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Leerlingen/Details/{student.Id}", response.Headers.Location!.OriginalString);
        var saved = await TestStudents.LoadAsync(factory, student.Id);
        Assert.Equal("Noortje", saved.FirstName);
        Assert.Equal(4, saved.Leerjaar);
        Assert.Equal(student.Leerlingnummer, saved.Leerlingnummer);
        Assert.Equal("ilse.nieuw@example.nl", Assert.Single(saved.Vertegenwoordigers).Email);
        await using var db = factory.CreateSystemDbContext();
        var audit = await db.Audit.Where(a => a.EntityType == "Leerling" && a.EntityId == student.Id.ToString(CultureInfo.InvariantCulture) && a.Action == "gewijzigd")
            .ToListAsync(TestContext.Current.CancellationToken);
        var entry = Assert.Single(audit);
        Assert.Equal("coordinator", entry.UserName);
        Assert.Contains("Noortje", entry.Changes, StringComparison.Ordinal);
        Assert.Contains(db.Audit, a => a.EntityType == "WettelijkVertegenwoordiger" && a.UserName == "coordinator" && a.Changes.Contains("ilse.nieuw@example.nl"));
    }

    [Fact]
    public async Task Edit_AfterSave_DetailsShowsDutchStatus()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.ClassName"] = "3B9",
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("Gegevens van Noor van Testhoven opgeslagen.", page.QuerySelector(".status")!.TextContent);
    }

    [Theory]
    [InlineData("Input.Leerlingnummer", "", "Vul Leerlingnummer in.")]
    [InlineData("Input.Leerlingnummer", "24-001", "Leerlingnummer mag alleen cijfers en letters bevatten.")]
    [InlineData("Input.Leerlingnummer", "123456789012345678901", "Leerlingnummer mag hoogstens 20 tekens lang zijn.")]
    [InlineData("Input.FirstName", "", "Vul Voornaam in.")]
    [InlineData("Input.LastName", "  ", "Vul Achternaam in.")]
    [InlineData("Input.BirthDate", "", "Vul Geboortedatum in.")]
    [InlineData("Input.Leerweg", "", "Vul Leerweg in.")]
    [InlineData("Input.Leerjaar", "", "Vul Leerjaar in.")]
    [InlineData("Input.Leerjaar", "7", "Leerjaar moet tussen 1 en 6 liggen.")]
    [InlineData("Input.Leerjaar", "0", "Leerjaar moet tussen 1 en 6 liggen.")]
    [InlineData("Input.ProfielCode", "", "Kies een profiel: vanaf leerjaar 3 volgt een leerling een profiel.")]
    [InlineData("Input.ProfielCode", "XYZ", "Kies een profiel uit de lijst.")]
    [InlineData("Input.ParentEmail", "geen-adres", "E-mailadres ouder of verzorger is geen geldig e-mailadres.")]
    [InlineData("Input.ParentName", "", "Vul Naam ouder of verzorger in.")]
    public async Task Edit_InvalidField_ShowsDutchErrorOnThatFieldAndSavesNothing(string field, string value, string expected)
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.MentorName"] = "Iemand Anders",
            [field] = value,
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, page.QuerySelector($"span[data-fout-voor='{field}']")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector($"[name='{field}']")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector(".form-errors"));
        await AssertUnchangedAsync(student.Id);
    }

    [Theory]
    [InlineData(-5, "5 jaar")]
    [InlineData(-9, "9 jaar")]
    [InlineData(-26, "26 jaar")]
    [InlineData(-40, "40 jaar")]
    public async Task Edit_ImplausibleBirthDate_NamesTheFieldAndTheAge(int years, string age)
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.BirthDate"] = Date(Arrange.Today.AddYears(years)),
        });
        var page = await TestClient.ParseAsync(response);

        var error = page.QuerySelector("span[data-fout-voor='Input.BirthDate']")!.TextContent.Trim();
        Assert.StartsWith("Geboortedatum klopt niet", error, StringComparison.Ordinal);
        Assert.Contains(age, error, StringComparison.Ordinal);
        Assert.Contains("tussen 10 en 25 jaar", error, StringComparison.Ordinal);
        await AssertUnchangedAsync(student.Id);
    }

    [Fact]
    public async Task Edit_BirthDateInFuture_IsRefused()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.BirthDate"] = Date(Arrange.Today.AddDays(1)),
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal("Geboortedatum ligt in de toekomst.", page.QuerySelector("span[data-fout-voor='Input.BirthDate']")!.TextContent.Trim());
        await AssertUnchangedAsync(student.Id);
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(-25)]
    public async Task Edit_BirthDateAtTheBoundary_IsAccepted(int years)
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.BirthDate"] = Date(Arrange.Today.AddYears(years)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Arrange.Today.AddYears(years), (await TestStudents.LoadAsync(factory, student.Id)).BirthDate);
    }

    [Fact]
    public async Task Edit_NoProfielBeforeLeerjaar3_IsAllowed()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.Leerjaar"] = "2",
            ["Input.ProfielCode"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await TestStudents.LoadAsync(factory, student.Id)).ProfielCode);
    }

    [Fact]
    public async Task Edit_LeerlingnummerOfAnotherStudent_IsRefused()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.Leerlingnummer"] = "24001",
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Leerlingnummer 24001 bestaat al op deze school.", page.QuerySelector("span[data-fout-voor='Input.Leerlingnummer']")!.TextContent.Trim());
        await AssertUnchangedAsync(student.Id);
    }

    [Fact]
    public async Task Edit_OwnLeerlingnummerUnchanged_IsNotADuplicate()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Edit_Mentor_IsDenied()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, _) = await client.GetPageAsync($"/Leerlingen/Edit/{student.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Edit_UnknownId_GivesDutch404()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync("/Leerlingen/Edit/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    private async Task AssertUnchangedAsync(int id)
    {
        var saved = await TestStudents.LoadAsync(factory, id);
        Assert.Equal("Dennis Bakker", saved.MentorName);
        Assert.Equal("Noor", saved.FirstName);
        Assert.Equal(3, saved.Leerjaar);
        Assert.Equal("ilse@example.nl", Assert.Single(saved.Vertegenwoordigers).Email);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Audit.AnyAsync(
            a => a.EntityType == "Leerling" && a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.Action == "gewijzigd",
            TestContext.Current.CancellationToken));
    }
}
