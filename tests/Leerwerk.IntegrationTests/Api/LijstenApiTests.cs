using System.Net;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Api;

/// <summary>The lists: paging with a maximum, filters, and findings from the same evaluation as the pages.</summary>
[Collection(WebCollection.Name)]
public sealed class LijstenApiTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Students_ArePaged_PagesDoNotOverlap_TotalCountsAll()
    {
        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var first = await ApiJson.GetAsync(client, "/api/v1/leerlingen?page=1&pageSize=10");
            using var second = await ApiJson.GetAsync(client, "/api/v1/leerlingen?page=2&pageSize=10");
            var one = await ApiJson.ReadAsync(first, HttpStatusCode.OK);
            var two = await ApiJson.ReadAsync(second, HttpStatusCode.OK);
            Assert.Equal(10, one.GetProperty("items").GetArrayLength());
            Assert.Equal(10, two.GetProperty("items").GetArrayLength());
            Assert.Equal(2, two.GetProperty("page").GetInt32());
            Assert.True(one.GetProperty("total").GetInt32() >= 60);
            var ids = one.GetProperty("items").EnumerateArray().Concat(two.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetInt32()).ToList();
            Assert.Equal(20, ids.Distinct().Count());

            using var defaults = await ApiJson.GetAsync(client, "/api/v1/leerlingen");
            Assert.Equal(50, (await ApiJson.ReadAsync(defaults, HttpStatusCode.OK)).GetProperty("pageSize").GetInt32());
        }
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task PagingOutOfRange_IsAProblemNamingTheParameter(string query, string field)
    {
        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var response = await ApiJson.GetAsync(client, "/api/v1/stage-uren?" + query);
            var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
    }

    [Fact]
    public async Task RouteFilter_FindsTheDemosLwtStudents()
    {
        var lwt = await Arrange.LwtStudentsTodayAsync(factory);
        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var response = await ApiJson.GetAsync(client, "/api/v1/leerlingen?route=LeerWerktraject&pageSize=200");
            var page = await ApiJson.ReadAsync(response, HttpStatusCode.OK);
            Assert.Equal(lwt.Count, page.GetProperty("total").GetInt32());
            Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("LeerWerktraject", i.GetProperty("routeVandaag").GetString()));
        }
    }

    [Fact]
    public async Task Findings_OfAStudentAndOnTheWorklist_AreThoseOfTheDossierEvaluation()
    {
        var student = (await Arrange.UnsignedPlacementsAsync(factory, Arrange.NewClassName(), 1))[0];
        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var dossier = await ApiJson.GetAsync(client, $"/api/v1/leerlingen/{student.Id}/bevindingen");
            var findings = await ApiJson.ReadAsync(dossier, HttpStatusCode.OK);
            Assert.Contains(findings.EnumerateArray(), f => f.GetProperty("regel").GetString() == "E6" && f.GetProperty("soort").GetString() == "Moet");

            using var worklist = await ApiJson.GetAsync(client, $"/api/v1/bevindingen?leerlingId={student.Id}&regel=E6");
            var page = await ApiJson.ReadAsync(worklist, HttpStatusCode.OK);
            Assert.Equal(1, page.GetProperty("total").GetInt32());
            var item = page.GetProperty("items")[0];
            Assert.Equal("Leerling", item.GetProperty("onderwerpSoort").GetString());
            Assert.Equal(
                findings.EnumerateArray().First(f => f.GetProperty("regel").GetString() == "E6").GetProperty("melding").GetString(),
                item.GetProperty("bevinding").GetProperty("melding").GetString());
        }
    }

    [Fact]
    public async Task Agreements_CarryStatusAndSignatures_CompaniesTheirErkenningen()
    {
        var student = (await Arrange.UnsignedPlacementsAsync(factory, Arrange.NewClassName(), 1))[0];
        var company = await Arrange.CompanyAsync(factory, new Erkenning { ProfielCode = "ZW", IsLwt = true, GrantedOn = Arrange.Today.AddYears(-1) });
        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var list = await ApiJson.GetAsync(client, $"/api/v1/leerwerkovereenkomsten?leerlingId={student.Id}");
            var agreement = (await ApiJson.ReadAsync(list, HttpStatusCode.OK)).GetProperty("items")[0];
            Assert.Equal("Actief", agreement.GetProperty("status").GetString());
            Assert.Equal(0, agreement.GetProperty("ondertekeningen").GetArrayLength());
            Assert.Equal(3, agreement.GetProperty("ontbrekendeOndertekenaars").GetArrayLength());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, agreement.GetProperty("volledigOndertekendOp").ValueKind);

            using var companies = await ApiJson.GetAsync(client, $"/api/v1/leerbedrijven?naam={Uri.EscapeDataString(company.Name[5..].ToUpperInvariant())}");
            var page = await ApiJson.ReadAsync(companies, HttpStatusCode.OK);
            Assert.Equal(1, page.GetProperty("total").GetInt32());
            var erkenning = page.GetProperty("items")[0].GetProperty("erkenningen").EnumerateArray().Single();
            Assert.Equal("ZW", erkenning.GetProperty("profiel").GetString());
            Assert.True(erkenning.GetProperty("lwt").GetBoolean());

            using var samenwerking = await ApiJson.GetAsync(client, "/api/v1/samenwerkingsovereenkomsten?inWerking=true");
            var inForce = await ApiJson.ReadAsync(samenwerking, HttpStatusCode.OK);
            Assert.True(inForce.GetProperty("total").GetInt32() >= 1);
            Assert.All(inForce.GetProperty("items").EnumerateArray(), s => Assert.Equal("in werking", s.GetProperty("status").GetString()));
        }
    }
}
