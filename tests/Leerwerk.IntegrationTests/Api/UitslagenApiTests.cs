using System.Net;
using System.Text.Json;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Api;

/// <summary>Exam results through the API: the engine's result of uitslagdag, the vaststelling per school year, the school's own only.</summary>
[Collection(WebCollection.Name)]
public sealed class UitslagenApiTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task CurrentYear_ListsEveryCandidate_WithTheEnginesResult()
    {
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var candidates = await db.Leerlingen.Include(l => l.Vakken).Include(l => l.Routes)
            .Where(l => l.SchoolId == schoolId && l.Leerjaar == 4 && l.Leerweg == Leerweg.Bb && l.UitgestroomdOp == null)
            .ToListAsync(ct);
        Assert.NotEmpty(candidates);

        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var list = await ApiJson.GetAsync(client, "/api/v1/uitslagen?pageSize=200");
            var page = await ApiJson.ReadAsync(list, HttpStatusCode.OK);
            Assert.Equal(candidates.Count, page.GetProperty("total").GetInt32());
            Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal(Schoolkalender.SchooljaarVan(Arrange.Today), i.GetProperty("schooljaar").GetInt32()));

            var student = candidates.OrderBy(c => c.Id).First();
            var expected = UitslagBepaling.Bepaal(LeerlingKandidaat.From(student, Arrange.Today));
            using var one = await ApiJson.GetAsync(client, $"/api/v1/leerlingen/{student.Id}/uitslag");
            var uitslag = await ApiJson.ReadAsync(one, HttpStatusCode.OK);
            var berekend = uitslag.GetProperty("berekend");
            Assert.Equal(expected.Status.ToString(), berekend.GetProperty("status").GetString());
            Assert.Equal(expected.ToegepasteRegeling.ToString(), berekend.GetProperty("regeling").GetString());
            Assert.Equal(expected.Redenen.Count, berekend.GetProperty("redenen").GetArrayLength());
            Assert.Equal(expected.Eindcijfers.Count, berekend.GetProperty("eindcijfers").GetArrayLength());

            using var filtered = await ApiJson.GetAsync(client, $"/api/v1/uitslagen?status={expected.Status}&pageSize=200");
            Assert.All((await ApiJson.ReadAsync(filtered, HttpStatusCode.OK)).GetProperty("items").EnumerateArray(),
                i => Assert.Equal(expected.Status.ToString(), i.GetProperty("berekend").GetProperty("status").GetString()));
        }
    }

    [Fact]
    public async Task EarlierYear_ListsWhatWasVastgesteld_WithoutAComputedResult()
    {
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var jaar = Schoolkalender.SchooljaarVan(Arrange.Today) - 4;
        int leerlingId;
        await using (var db = factory.CreateSystemDbContext())
        {
            leerlingId = await db.Leerlingen.Where(l => l.SchoolId == schoolId).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(ct);
            db.UitslagVaststellingen.Add(new UitslagVaststelling
            {
                SchoolId = schoolId,
                LeerlingId = leerlingId,
                Schooljaar = jaar,
                VastgesteldOp = Arrange.UtcNow.AddYears(-4),
                VastgesteldDoor = "examensecretaris",
                Status = UitslagStatus.Geslaagd,
                Regeling = UitslagRegeling.Lwt,
                Combinatiecijfer = 7,
                CeGemiddelde = 6.4999m,
                Grondslag = "{}",
            });
            await db.SaveChangesAsync(ct);
        }

        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.Lezen);
        using (client)
        {
            using var list = await ApiJson.GetAsync(client, $"/api/v1/uitslagen?schooljaar={jaar}");
            var page = await ApiJson.ReadAsync(list, HttpStatusCode.OK);
            var item = Assert.Single(page.GetProperty("items").EnumerateArray());
            Assert.Equal(leerlingId, item.GetProperty("leerlingId").GetInt32());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("berekend").ValueKind);
            var vastgesteld = item.GetProperty("vastgesteld");
            Assert.Equal("Geslaagd", vastgesteld.GetProperty("status").GetString());
            // Cut, never rounded: 6,4999 is 6,49 and never 6,5.
            Assert.Equal(6.49m, vastgesteld.GetProperty("ceGemiddelde").GetDecimal());

            using var one = await ApiJson.GetAsync(client, $"/api/v1/leerlingen/{leerlingId}/uitslag?schooljaar={jaar}");
            Assert.Equal("examensecretaris", (await ApiJson.ReadAsync(one, HttpStatusCode.OK)).GetProperty("vastgesteld").GetProperty("vastgesteldDoor").GetString());
            using var none = await ApiJson.GetAsync(client, $"/api/v1/leerlingen/{leerlingId}/uitslag?schooljaar={jaar - 1}");
            await ApiJson.ProblemAsync(none, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task KeyOfAnotherSchool_SeesNoResultOfTheDemoSchool()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        var (key, _) = await Arrange.ApiKeyAsync(factory, foreign.SchoolId, [ApiScopes.Lezen]);
        using var other = Arrange.ApiClient(factory, key);
        using var list = await ApiJson.GetAsync(other, "/api/v1/uitslagen");
        Assert.Equal(0, (await ApiJson.ReadAsync(list, HttpStatusCode.OK)).GetProperty("total").GetInt32());

        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var candidate = await db.Leerlingen.Where(l => l.SchoolId == schoolId && l.Leerjaar == 4 && l.Leerweg == Leerweg.Bb && l.UitgestroomdOp == null)
            .OrderBy(l => l.Id).FirstAsync(TestContext.Current.CancellationToken);
        using var denied = await ApiJson.GetAsync(other, $"/api/v1/leerlingen/{candidate.Id}/uitslag");
        var problem = await ApiJson.ProblemAsync(denied, HttpStatusCode.NotFound);
        Assert.DoesNotContain(candidate.LastName, problem.ToString(), StringComparison.Ordinal);

        var (demo, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.UrenSchrijven);
        using (demo)
        {
            using var forbidden = await ApiJson.GetAsync(demo, "/api/v1/uitslagen");
            await ApiJson.ProblemAsync(forbidden, HttpStatusCode.Forbidden);
        }
    }
}
