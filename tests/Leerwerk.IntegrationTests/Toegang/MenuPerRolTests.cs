using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>
/// Each role's menu (the table of <see cref="Navigatie"/>): every entry it sees answers 200, and every entry it does not
/// see answers "Geen toegang" (the mbo-partner's "/" sends it to its own start page); anonymous users are sent to the login.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MenuPerRolTests(LeerwerkAppFactory factory)
{
    [Theory]
    [InlineData("demobeheerder", "Overzicht|Bevindingen|Leerlingen|Leerbedrijven|Overeenkomsten|Stage-uren|Kalender|Examen|Rapportage|Herinneringen|Regels|Gebruikers|API-sleutels|Inrichting|Besturen|Audit|E-mail")]
    [InlineData("coordinator", "Overzicht|Bevindingen|Leerlingen|Leerbedrijven|Overeenkomsten|Stage-uren|Kalender|Examen|Rapportage|Herinneringen|Regels")]
    [InlineData("mentor", "Overzicht|Bevindingen|Leerlingen|Leerbedrijven|Overeenkomsten|Stage-uren|Kalender|Regels")]
    [InlineData("examensecretaris", "Overzicht|Bevindingen|Leerlingen|Leerbedrijven|Overeenkomsten|Stage-uren|Kalender|Examen|Regels")]
    [InlineData("mbopartner", "Gedeelde leerlingen|Regels")]
    public async Task Menu_OfRole_ShowsOnlyPagesThatAnswer200(string userName, string expectedLabels)
    {
        using var client = await TestClient.LoggedInAsync(factory, userName);
        var (_, page) = await client.GetPageAsync("/Regels");
        var links = page.QuerySelectorAll("nav[aria-label='Hoofdmenu'] a")
            .Select(a => (Label: a.TextContent.Trim(), Href: a.GetAttribute("href")!))
            .ToList();

        Assert.Equal(expectedLabels.Split('|'), links.Select(l => l.Label));
        foreach (var (label, href) in links)
        {
            var (response, _) = await client.GetPageAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{userName}: menu entry {label} ({href}) answers {(int)response.StatusCode}.");
        }

        foreach (var hidden in Navigatie.Hoofdmenu.Where(m => links.All(l => l.Href != m.Href)))
        {
            var (response, _) = await client.GetPageAsync(hidden.Href);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var expected = hidden.Href == "/" ? "/Mbo" : "/Account/Geweigerd";
            Assert.StartsWith(expected, response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Menu_Anonymous_EveryEntryButTheRules_SendsToLogin()
    {
        using var client = TestClient.Create(factory);
        foreach (var item in Navigatie.Hoofdmenu.Where(m => m.Policy is not null))
        {
            var (response, _) = await client.GetPageAsync(item.Href);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Inloggen", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("mbopartner", "/Mbo")]
    [InlineData("coordinator", "/")]
    [InlineData("mentor", "/")]
    public async Task Login_WithoutReturnUrl_LandsOnTheRolesStartPage(string userName, string start)
    {
        using var client = TestClient.Create(factory);
        var response = await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = Data.Demo.DemoUsers.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(start, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Home_MboPartner_GetsNoSchoolWideCounts()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var (response, _) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Mbo", response.Headers.Location!.OriginalString);
    }
}
