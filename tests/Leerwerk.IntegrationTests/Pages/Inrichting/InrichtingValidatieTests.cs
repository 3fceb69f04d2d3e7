using System.Net;
using Leerwerk.Data.Demo;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Inrichting;

/// <summary>Bad input in the set-up: a Dutch message per field, and nothing stored from a refused step.</summary>
[Collection(WebCollection.Name)]
public sealed class InrichtingValidatieTests(LeerwerkAppFactory factory)
{
    [Theory]
    [InlineData("Input.Brin", "12A", "'12A' is geen BRIN-nummer: dat zijn vier tekens, twee cijfers en dan twee letters, bijvoorbeeld 09XY.")]
    [InlineData("Input.Brin", "AB12", "'AB12' is geen BRIN-nummer: dat zijn vier tekens, twee cijfers en dan twee letters, bijvoorbeeld 09XY.")]
    [InlineData("Input.Vestiging", "1", "'1' is geen vestigingsnummer: dat zijn twee cijfers, bijvoorbeeld 00 of 01.")]
    [InlineData("Input.PostalCode", "12345", "'12345' is geen postcode: schrijf vier cijfers en twee letters, bijvoorbeeld 1234 AB.")]
    [InlineData("Input.Street", "", "Vul de straat in.")]
    [InlineData("Input.HouseNumber", "", "Vul het huisnummer in.")]
    [InlineData("Input.City", "", "Vul de plaats in.")]
    [InlineData("Input.Name", "", "Vul Naam van de school in.")]
    [InlineData("Input.BevoegdGezag", "", "Vul Bevoegd gezag in.")]
    [InlineData("Input.Regio", "", "Vul Regio voor de schoolvakanties in.")]
    public async Task NewSchool_BadField_DutchMessageAndNoSchoolStored(string field, string value, string message)
    {
        using var client = await TestClient.LoggedInAsync(factory, "demobeheerder");
        var form = InrichtingForms.School(name: $"Foutschool {field}");
        form[field] = value;

        var response = await client.SubmitFormAsync("/Inrichting/School", "#school-formulier", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector($"[data-fout-voor='{field}']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Scholen.AnyAsync(s => s.Name.StartsWith("Foutschool"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task NewSchool_BrinAndVestigingOfAnotherSchool_IsRefused()
    {
        using var client = await TestClient.LoggedInAsync(factory, "demobeheerder");

        var response = await client.SubmitFormAsync("/Inrichting/School", "#school-formulier", InrichtingForms.School(name: "Dubbele school", brin: DemoSchool.Brin.ToLowerInvariant(), vestiging: "00"));

        var page = await TestClient.ParseAsync(response);
        Assert.Equal($"BRIN {DemoSchool.Brin} met vestiging 00 is al in gebruik door {DemoSchool.SchoolName}.", page.QuerySelector("[data-fout-voor='Input.Vestiging']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Scholen.AnyAsync(s => s.Name == "Dubbele school", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Profielen_KeuzevakWithAControlCharacter_IsRefusedAndNothingChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await TestClient.LoggedInAsync(factory, "demobeheerder");
        int schoolId;
        int before;
        await using (var db = factory.CreateSystemDbContext())
        {
            schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(ct);
            before = await db.AangebodenKeuzevakken.CountAsync(k => k.SchoolId == schoolId, ct);
        }

        // A vertical tab from a copy out of a word processor: one line of the list, invisible on the page.
        var response = await InrichtingForms.PostProfielenAsync(client, schoolId, new Dictionary<string, string> { ["ZW"] = "Zorg\u000bvak" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Keuzevak 'Zorg vak' bevat een regeleinde, tab of ander onzichtbaar stuurteken; typ de tekst op één regel opnieuw.",
            page.QuerySelector("[data-fout-voor='Keuzevakken[ZW]']")!.TextContent.Trim());
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(before, await db.AangebodenKeuzevakken.CountAsync(k => k.SchoolId == schoolId, ct));
        }
    }

    [Fact]
    public async Task Profielen_KeuzevakUnderTwoProfielen_IsRefusedAndNothingChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await TestClient.LoggedInAsync(factory, "demobeheerder");
        int schoolId;
        int before;
        await using (var db = factory.CreateSystemDbContext())
        {
            schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(ct);
            before = await db.AangebodenKeuzevakken.CountAsync(k => k.SchoolId == schoolId, ct);
        }

        var response = await InrichtingForms.PostProfielenAsync(client, schoolId, new Dictionary<string, string>
        {
            ["ZW"] = "Nieuw vak",
            ["GR"] = "nieuw vak",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Keuzevak nieuw vak staat twee keer in de lijst (Zorg en welzijn en Groen); een keuzevak hoort bij één profiel.", page.QuerySelector("[data-fout-voor='Keuzevakken[GR]']")!.TextContent.Trim());
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(before, await db.AangebodenKeuzevakken.CountAsync(k => k.SchoolId == schoolId, ct));
            Assert.Equal(9, await db.AangebodenProfielen.CountAsync(p => p.SchoolId == schoolId, ct));
        }
    }

    [Fact]
    public async Task Profielen_NoneChosen_AsksForOne()
    {
        using var client = await TestClient.LoggedInAsync(factory, "demobeheerder");
        await using var db = factory.CreateSystemDbContext();
        var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken);

        var response = await InrichtingForms.PostProfielenAsync(client, schoolId, new Dictionary<string, string>());

        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Kies ten minste één profiel dat de school aanbiedt.", page.QuerySelector("[data-fout-voor='Gekozen']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Coordinator_UserNameTaken_DutchMessageAndNoAccountOrMembershipLeftBehind()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await TestClient.LoggedInAsync(factory, "demobeheerder");
        int schoolId;
        (int Users, int Memberships) before;
        await using (var db = factory.CreateSystemDbContext())
        {
            schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(ct);
            before = (await db.Users.CountAsync(ct), await db.UserSchools.CountAsync(ct));
        }

        var response = await client.SubmitFormAsync($"/Inrichting/Coordinator/{schoolId}", "#coordinator-formulier", new Dictionary<string, string>
        {
            ["UserName"] = "coordinator",
            ["DisplayName"] = "Tweede coördinator",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("#eenmalig-wachtwoord"));
        Assert.Contains("coordinator", page.QuerySelector("[data-fout-voor='UserName']")!.TextContent, StringComparison.Ordinal);
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(before, (await db.Users.CountAsync(ct), await db.UserSchools.CountAsync(ct)));
        }
    }

    [Fact]
    public async Task Inrichting_NotForCoordinator()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.Http.GetAsync(new Uri("/Inrichting/School", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Geweigerd", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSchool_IsSetUp_HomeShowsNoMissingSteps()
    {
        using var client = await TestClient.LoggedInAsync(factory, "demobeheerder");

        var (_, page) = await client.GetPageAsync("/");

        Assert.Null(page.QuerySelector("#inrichting-open"));
    }
}
