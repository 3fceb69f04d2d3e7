using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

[Collection(WebCollection.Name)]
public sealed class NieuwTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Nieuw_ValidForm_AddsStudentWithParentToTheDemoSchool()
    {
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", TestStudents.ValidForm(number));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Leerlingen.Include(l => l.Vertegenwoordigers)
            .SingleAsync(l => l.Leerlingnummer == number, TestContext.Current.CancellationToken);
        Assert.Equal($"/Leerlingen/Details/{saved.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(await Arrange.DemoSchoolIdAsync(factory), saved.SchoolId);
        Assert.Equal("Sem Jansen", saved.FullName);
        Assert.Null(saved.Tussenvoegsel);
        Assert.Equal("GR", saved.ProfielCode);
        var parent = Assert.Single(saved.Vertegenwoordigers);
        Assert.Equal("Karin Jansen", parent.Name);
        Assert.Equal(saved.SchoolId, parent.SchoolId);
        Assert.Contains(db.Audit, a => a.EntityType == "Leerling" && a.Action == "toegevoegd" && a.UserName == "coordinator" && a.Changes.Contains(number));
    }

    [Fact]
    public async Task Nieuw_EmptyForm_ShowsEveryRequiredFieldInDutch()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var empty = TestStudents.ValidForm("").ToDictionary(p => p.Key, _ => "");

        var response = await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", empty);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string Error(string field) => page.QuerySelector($"span[data-fout-voor='Input.{field}']")!.TextContent.Trim();
        Assert.Equal("Vul Leerlingnummer in.", Error("Leerlingnummer"));
        Assert.Equal("Vul Voornaam in.", Error("FirstName"));
        Assert.Equal("Vul Achternaam in.", Error("LastName"));
        Assert.Equal("Vul Geboortedatum in.", Error("BirthDate"));
        Assert.Equal("Vul Leerweg in.", Error("Leerweg"));
        Assert.Equal("Vul Leerjaar in.", Error("Leerjaar"));
        Assert.Equal("", Error("Tussenvoegsel"));
        Assert.Equal("", Error("ParentName"));
    }

    [Fact]
    public async Task Nieuw_ExistingLeerlingnummer_IsRefusedAndNothingSaved()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var before = await db.Leerlingen.CountAsync(l => l.SchoolId == schoolId, TestContext.Current.CancellationToken);

        var response = await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", TestStudents.ValidForm("24001"));
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Leerlingnummer 24001 bestaat al op deze school.", page.QuerySelector("span[data-fout-voor='Input.Leerlingnummer']")!.TextContent.Trim());
        Assert.Equal(before, await db.Leerlingen.CountAsync(l => l.SchoolId == schoolId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Nieuw_ScriptInName_IsShownEncodedOnDetailsAndList()
    {
        const string Hostile = "<script>alert('x')</script>";
        var number = TestStudents.NewNumber();
        var form = TestStudents.ValidForm(number);
        form["Input.FirstName"] = Hostile;
        form["Input.ParentName"] = Hostile;
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.Http.GetStringAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        var list = await client.Http.GetStringAsync(new Uri($"/Leerlingen?q={number}", UriKind.Relative), TestContext.Current.CancellationToken);

        foreach (var html in new[] { details, list })
        {
            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }

        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal($"{Hostile} Jansen", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Nieuw_Mentor_IsDenied()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, _) = await client.GetPageAsync("/Leerlingen/Nieuw");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }
}
