using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.IntegrationTests.Api;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.ApiSleutels;

/// <summary>The beheerder's keys page: a key is shown once and stored only hashed, its use is seen, revoking closes it, all audited.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiSleutelsPageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Create_ShowsTheKeyOnce_ItWorks_LastUseShown_RevokeClosesIt_Audited()
    {
        var ct = TestContext.Current.CancellationToken;
        using var beheerder = await TestClient.LoggedInAsync(factory, "demobeheerder");
        var name = $"Tijdwijs {Guid.NewGuid():N}"[..20];

        using var created = await beheerder.SubmitFormAsync("/ApiSleutels", "#sleutel-formulier", new Dictionary<string, string>
        {
            ["Input.Naam"] = name,
            ["Input.Scopes"] = ApiScopes.Lezen,
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var page = await TestClient.ParseAsync(created);
        var key = page.QuerySelector("#nieuwe-sleutel code")?.TextContent.Trim();
        Assert.NotNull(key);
        Assert.True(ApiSleutelGeheim.LooksLikeKey(key), key);

        // Stored hashed only: the key itself is nowhere in the table, nor in the audit trail.
        await using (var db = factory.CreateSystemDbContext())
        {
            var stored = await db.ApiSleutels.SingleAsync(k => k.Name == name, ct);
            var idText = stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(ApiSleutelGeheim.Hash(key), stored.SleutelHash);
            Assert.Equal(ApiScopes.Lezen, stored.Scopes);
            Assert.DoesNotContain(await db.Audit.Select(a => a.Changes).ToListAsync(ct), c => c.Contains(key, StringComparison.Ordinal) || c.Contains(stored.SleutelHash, StringComparison.Ordinal));
            Assert.True(await db.Audit.AnyAsync(a => a.EntityType == nameof(ApiSleutel) && a.EntityId == idText && a.Action == "toegevoegd" && a.UserName == "demobeheerder", ct));
        }

        // Shown once: the list shows only its first characters.
        var (_, list) = await beheerder.GetPageAsync("/ApiSleutels");
        Assert.DoesNotContain(key, list.Body!.TextContent, StringComparison.Ordinal);
        var row = Row(list, name);
        Assert.Contains(key[..ApiSleutelGeheim.PrefixLength], row.TextContent, StringComparison.Ordinal);
        Assert.Equal("nog niet", row.QuerySelector(".laatst-gebruikt")!.TextContent.Trim());

        using var api = Arrange.ApiClient(factory, key);
        using (var ok = await ApiJson.GetAsync(api, "/api/v1/leerlingen"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        (_, list) = await beheerder.GetPageAsync("/ApiSleutels");
        Assert.NotEqual("nog niet", Row(list, name).QuerySelector(".laatst-gebruikt")!.TextContent.Trim());

        var revoke = Row(list, name).QuerySelector<IHtmlFormElement>("form")!;
        using var revoked = await beheerder.SubmitAsync("/ApiSleutels", revoke, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using (var refused = await ApiJson.GetAsync(api, "/api/v1/leerlingen"))
        {
            await ApiJson.ProblemAsync(refused, HttpStatusCode.Unauthorized);
        }

        (_, list) = await beheerder.GetPageAsync("/ApiSleutels");
        Assert.Contains("ingetrokken", Row(list, name).TextContent, StringComparison.Ordinal);
        await using (var db = factory.CreateSystemDbContext())
        {
            var stored = await db.ApiSleutels.SingleAsync(k => k.Name == name, ct);
            var idText = stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(await db.Audit.AnyAsync(a => a.EntityType == nameof(ApiSleutel) && a.EntityId == idText && a.Action == "gewijzigd" && a.UserName == "demobeheerder", ct));
        }
    }

    [Fact]
    public async Task ApiWrites_AreListedOnThePage_UnderTheKeysName()
    {
        var placement = await Arrange.PlacementAsync(factory);
        var (client, name) = await Arrange.DemoApiClientAsync(factory);
        using (client)
        {
            using var created = await ApiJson.PostAsync(client, "/api/v1/stage-uren",
                new { leerwerkovereenkomstId = placement.AgreementId, datum = Arrange.IsoDate(Arrange.LastWeekMonday), uren = 8 });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var beheerder = await TestClient.LoggedInAsync(factory, "demobeheerder");
        var (_, page) = await beheerder.GetPageAsync("/ApiSleutels");
        Assert.Contains(page.QuerySelectorAll("#schrijfacties tbody tr"), r => r.TextContent.Contains($"API-sleutel {name}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NameAndScope_AreRequired()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, "demobeheerder");
        using var response = await beheerder.SubmitFormAsync("/ApiSleutels", "#sleutel-formulier", new Dictionary<string, string> { ["Input.Naam"] = "" });
        var page = await TestClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("#nieuwe-sleutel"));
        Assert.Contains("Vul een naam in", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies wat de sleutel mag", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    private static IElement Row(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("#sleutels tbody tr").Single(r => r.GetAttribute("data-sleutel") == name);
}
