using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>The route advisor and route decisions; the cases that must be closed do not depend on the school's agreements (other tests change them).</summary>
[Collection(WebCollection.Name)]
public sealed class RouteTests(LeerwerkAppFactory factory)
{
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Decision(Leerroute route, DateOnly start) => new()
    {
        ["Input.Route"] = route.ToString(),
        ["Input.StartDate"] = Date(start),
        ["Input.DecidedBy"] = "Toelatingscommissie",
        ["Input.ConsultedStudentAndParents"] = "true",
        ["Input.Note"] = "Besproken met leerling en moeder.",
    };

    private async Task<List<RouteBesluit>> DecisionsAsync(int id)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.RouteBesluiten.Where(r => r.LeerlingId == id).OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Other tests may add or end agreements of the demo school, so the expected open/closed state comes from the
    /// domain advisor on the agreements in the database; the page must show exactly that, with its reasons.
    /// </summary>
    [Fact]
    public async Task Advisor_BbStudent_ShowsEachRouteAsTheDomainAdvisorJudgesIt()
    {
        var student = await TestStudents.CreateAsync(factory);
        List<Domain.Overeenkomsten.Samenwerkingsovereenkomst> agreements;
        await using (var db = factory.CreateSystemDbContext())
        {
            agreements = await db.Samenwerkingsovereenkomsten.Include(s => s.MboInstelling).Where(s => s.SchoolId == student.SchoolId).ToListAsync(TestContext.Current.CancellationToken);
        }

        var expected = Domain.Leerlingen.Routes.RouteAdviseur.Adviseer(student, agreements, Arrange.Today);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (response, page) = await client.GetPageAsync($"/Leerlingen/Route/{student.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("tr.route").ToDictionary(r => r.GetAttribute("data-route")!, r => r);
        Assert.Equal(4, rows.Count);
        foreach (var advies in expected)
        {
            var row = rows[advies.Route.ToString()];
            Assert.Equal(advies.IsOpen ? "ja" : "nee", row.GetAttribute("data-open"));
            Assert.All(advies.Redenen, r => Assert.Contains(r.Tekst, row.TextContent, StringComparison.Ordinal));
        }

        Assert.Equal("ja", rows["RegulierBb"].GetAttribute("data-open"));
        Assert.Contains("Zachte overgang", rows["GeintegreerdeLeerroute"].TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#routebesluit"));
    }

    [Fact]
    public async Task Decide_OpenRouteFromAnyDate_AppendsAndKeepsTheHistory()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var midYear = Arrange.Today.AddDays(45);

        var first = await client.SubmitFormAsync($"/Leerlingen/Route/{student.Id}", "#routebesluit", Decision(Leerroute.RegulierBb, midYear));
        var second = await client.SubmitFormAsync($"/Leerlingen/Route/{student.Id}", "#routebesluit", Decision(Leerroute.RegulierBb, midYear.AddDays(100)));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"/Leerlingen/Details/{student.Id}", first.Headers.Location!.OriginalString);
        var decisions = await DecisionsAsync(student.Id);
        Assert.Equal([(Leerroute.RegulierBb, midYear), (Leerroute.RegulierBb, midYear.AddDays(100))], decisions.Select(d => (d.Route, d.StartDate)));
        Assert.Equal(midYear, decisions[0].StartDate);
        Assert.True(decisions[0].ConsultedStudentAndParents);
        Assert.Equal("Toelatingscommissie", decisions[0].DecidedBy);
        var (_, details) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");
        Assert.Contains(details.QuerySelectorAll("table"), t => t.TextContent.Contains("Regulier bb", StringComparison.Ordinal) && t.TextContent.Contains("Toelatingscommissie", StringComparison.Ordinal));
        await using var db = factory.CreateSystemDbContext();
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "RouteBesluit" && a.UserName == "coordinator" && a.Changes.Contains("Toelatingscommissie"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Decide_ClosedRoute_IsRefusedWithTheAdvisorsReason()
    {
        var student = await KbStudentAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Route/{student.Id}", "#routebesluit", Decision(Leerroute.GeintegreerdeLeerroute, Arrange.Today));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("Geïntegreerde leerroute kan niet: De geïntegreerde leerroute is er alleen van bb naar mbo niveau 2", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(student.Id));
    }

    private async Task<Leerling> KbStudentAsync()
    {
        var student = await TestStudents.CreateAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var stored = await db.Leerlingen.SingleAsync(l => l.Id == student.Id, TestContext.Current.CancellationToken);
        stored.Leerweg = Leerweg.Kb;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return stored;
    }

    [Fact]
    public async Task Decide_LwtForKbStudent_IsRefusedByA1()
    {
        var student = await KbStudentAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Route/{student.Id}", "#routebesluit", Decision(Leerroute.LeerWerktraject, Arrange.Today));

        var page = await TestClient.ParseAsync(response);
        Assert.Contains("A1 (WVO 2020 art. 2.103", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(student.Id));
    }

    [Fact]
    public async Task Decide_AsMentor_IsForbidden()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var mentor = await TestClient.LoggedInAsync(factory, "mentor");
        var (_, page) = await mentor.GetPageAsync($"/Leerlingen/Route/{student.Id}");
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        var fields = Decision(Leerroute.LeerWerktraject, Arrange.Today);
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);

        var response = await mentor.Http.PostAsync(new Uri($"/Leerlingen/Route/{student.Id}", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Contains("/Account/Geweigerd", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(student.Id));
    }

    [Fact]
    public async Task Advisor_StudentOfAnotherSchool_IsNotFound()
    {
        int id;
        await using (var db = factory.CreateSystemDbContext())
        {
            var school = new School { Name = "Andere school route", BevoegdGezag = "Stichting Elders", Brin = "97ZZ" };
            db.Scholen.Add(school);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var student = new Leerling { SchoolId = school.Id, Leerlingnummer = TestStudents.NewNumber(), FirstName = "Elders", LastName = "Route", BirthDate = Arrange.Today.AddYears(-15), Leerjaar = 3 };
            db.Leerlingen.Add(student);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            id = student.Id;
        }

        using var client = await TestClient.LoggedInAsync(factory);

        var (response, _) = await client.GetPageAsync($"/Leerlingen/Route/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
