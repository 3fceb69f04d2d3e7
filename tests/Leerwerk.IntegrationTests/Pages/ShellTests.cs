using System.Globalization;
using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages;

[Collection(WebCollection.Name)]
public sealed class ShellTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Dashboard_Anonymous_RedirectsToLogin()
    {
        using var client = TestClient.Create(factory);

        var (response, _) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Inloggen", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task LoginPage_DemoLoaded_ShowsDemoLoginsForEveryRole()
    {
        using var client = TestClient.Create(factory);

        var (_, page) = await client.GetPageAsync("/Account/Inloggen");

        var rows = page.QuerySelectorAll(".demo-logins tbody tr").Select(r => r.TextContent).ToList();
        foreach (var role in Data.Identity.Roles.All)
        {
            Assert.Contains(rows, r => r.Contains(role, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Dashboard_Coordinator_ShowsDemoStudents()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Other tests in the collection add students to the demo school: count what the dashboard should count.
        var lwt = (await Arrange.LwtStudentsTodayAsync(factory)).Count;
        Assert.Equal(lwt.ToString(CultureInfo.InvariantCulture), page.QuerySelector(".card .value")!.TextContent);
    }

    [Fact]
    public async Task Login_WrongPassword_GivesDutchErrorAndNoCookie()
    {
        using var client = TestClient.Create(factory);

        var response = await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "mentor",
            ["Input.Password"] = "fout-wachtwoord",
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Leerwerk.Web.Pages.Account.InloggenModel.FailedMessage, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_EmptyFields_GivesDutchFieldErrors()
    {
        using var client = TestClient.Create(factory);

        var response = await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "",
            ["Input.Password"] = "",
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal("Vul Gebruikersnaam in.", page.QuerySelector("[data-fout-voor='Input.UserName']")!.TextContent.Trim());
        Assert.Equal("Vul Wachtwoord in.", page.QuerySelector("[data-fout-voor='Input.Password']")!.TextContent.Trim());
    }

    [Fact]
    public async Task UnknownPage_LoggedIn_GivesDutch404()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync("/Leerlingen/Details/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Healthz_DatabaseUp_ReportsHealthyWithoutLogin()
    {
        using var client = TestClient.Create(factory);

        var response = await client.Http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gezond", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
