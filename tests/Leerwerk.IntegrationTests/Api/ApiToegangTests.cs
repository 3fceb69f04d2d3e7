using System.Net;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Api;

/// <summary>Who the API lets in: only a key, only its own school, only within its scopes, never once revoked.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiToegangTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task KeyOfOneSchool_SeesNothingOfAnother_404WithoutNames()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        var (demo, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (demo)
        {
            foreach (var url in new[]
                     {
                         $"/api/v1/leerlingen/{foreign.LeerlingId}", $"/api/v1/leerlingen/{foreign.LeerlingId}/bevindingen",
                         $"/api/v1/leerwerkovereenkomsten/{foreign.LeerwerkId}", $"/api/v1/samenwerkingsovereenkomsten/{foreign.SamenwerkingId}",
                         $"/api/v1/leerbedrijven/{foreign.LeerbedrijfId}",
                     })
            {
                using var response = await ApiJson.GetAsync(demo, url);
                var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.NotFound);
                Assert.DoesNotContain("Vreemde", problem.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain("andere school", problem.ToString(), StringComparison.OrdinalIgnoreCase);
            }

            using var list = await ApiJson.GetAsync(demo, $"/api/v1/leerwerkovereenkomsten?leerlingId={foreign.LeerlingId}");
            Assert.Equal(0, (await ApiJson.ReadAsync(list, HttpStatusCode.OK)).GetProperty("total").GetInt32());
        }

        // And the other way round: the other school's key sees no demo student, and lists only its own one.
        var (key, _) = await Arrange.ApiKeyAsync(factory, foreign.SchoolId, [ApiScopes.Lezen]);
        using var other = Arrange.ApiClient(factory, key);
        var demoStudent = (await Arrange.LwtStudentsTodayAsync(factory))[0];
        using var denied = await ApiJson.GetAsync(other, $"/api/v1/leerlingen/{demoStudent.Id}");
        var deniedProblem = await ApiJson.ProblemAsync(denied, HttpStatusCode.NotFound);
        Assert.DoesNotContain(demoStudent.LastName, deniedProblem.ToString(), StringComparison.Ordinal);
        using var own = await ApiJson.GetAsync(other, "/api/v1/leerlingen");
        var page = await ApiJson.ReadAsync(own, HttpStatusCode.OK);
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(foreign.LeerlingId, page.GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task LezenKey_CannotWriteHours_403Problem()
    {
        var placement = await Arrange.PlacementAsync(factory);
        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var response = await ApiJson.PostAsync(client, "/api/v1/stage-uren",
                new { leerwerkovereenkomstId = placement.AgreementId, datum = Arrange.IsoDate(Arrange.LastWeekMonday), uren = 8 });
            await ApiJson.ProblemAsync(response, HttpStatusCode.Forbidden);
        }

        await using var db = factory.CreateSystemDbContext();
        Assert.False(db.StageUren.Any(r => r.LeerwerkovereenkomstId == placement.AgreementId));
    }

    [Fact]
    public async Task WriteOnlyKey_CannotRead_403Problem()
    {
        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.UrenSchrijven);
        using (client)
        {
            using var response = await ApiJson.GetAsync(client, "/api/v1/leerlingen");
            await ApiJson.ProblemAsync(response, HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task RevokedKey_IsRefused_401Problem()
    {
        var (key, _) = await Arrange.ApiKeyAsync(factory, await Arrange.DemoSchoolIdAsync(factory), [.. ApiScopes.All], revoked: true);
        using var client = Arrange.ApiClient(factory, key);
        using var response = await ApiJson.GetAsync(client, "/api/v1/leerlingen");
        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("lw_kort")]
    [InlineData("lw_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task NoOrUnknownKey_401Problem(string? key)
    {
        using var client = Arrange.ApiClient(factory, key);
        using var response = await ApiJson.GetAsync(client, "/api/v1/leerbedrijven");
        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LoginCookie_OpensNoApi()
    {
        using var coordinator = await TestClient.LoggedInAsync(factory, "coordinator");
        using var response = await ApiJson.GetAsync(coordinator.Http, "/api/v1/leerlingen");
        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownApiAddress_IsAProblemNotTheHtmlErrorPage()
    {
        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var notFound = await ApiJson.GetAsync(client, "/api/v1/leerlingen/999999");
            await ApiJson.ProblemAsync(notFound, HttpStatusCode.NotFound);
            using var badParameter = await ApiJson.GetAsync(client, "/api/v1/leerlingen?leerjaar=drie");
            await ApiJson.ProblemAsync(badParameter, HttpStatusCode.BadRequest);
        }
    }
}
