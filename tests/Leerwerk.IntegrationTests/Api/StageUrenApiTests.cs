using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Api;

/// <summary>
/// Writing hours through the API: the checks of the form (future date, quarters, the agreement), the ledger's way of
/// correcting (the old entry stays, Gecorrigeerd), If-Match against lost updates, and the audit in the key's name.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StageUrenApiTests(LeerwerkAppFactory factory)
{
    private static readonly string Url = "/api/v1/stage-uren";

    [Fact]
    public async Task FutureDate_IsRefused_ProblemNamesTheField()
    {
        var placement = await Arrange.PlacementAsync(factory);
        var (client, _) = await Arrange.DemoApiClientAsync(factory);
        using (client)
        {
            using var response = await ApiJson.PostAsync(client, Url,
                new { leerwerkovereenkomstId = placement.AgreementId, datum = Arrange.IsoDate(Arrange.Today.AddDays(1)), uren = 8 });
            var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest);
            var message = problem.GetProperty("errors").GetProperty("datum")[0].GetString();
            Assert.Contains("ligt na vandaag", message, StringComparison.Ordinal);
        }

        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.StageUren.AnyAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("12.25")]
    [InlineData("7.1")]
    [InlineData("-1")]
    public async Task HoursOutsideQuarters0To12_AreRefused_OnTheUrenField(string text)
    {
        var hours = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var placement = await Arrange.PlacementAsync(factory);
        var (client, _) = await Arrange.DemoApiClientAsync(factory);
        using (client)
        {
            using var response = await ApiJson.PostAsync(client, Url,
                new { leerwerkovereenkomstId = placement.AgreementId, datum = Arrange.IsoDate(Arrange.LastWeekMonday), uren = hours });
            var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains("kwartieren", problem.GetProperty("errors").GetProperty("uren")[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DateOutsideTheAgreement_AndAnotherSchoolsAgreement_AreRefused_WithoutNames()
    {
        var placement = await Arrange.PlacementAsync(factory, start: Arrange.Today.AddDays(-3));
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        var (client, _) = await Arrange.DemoApiClientAsync(factory);
        using (client)
        {
            using var outside = await ApiJson.PostAsync(client, Url,
                new { leerwerkovereenkomstId = placement.AgreementId, datum = Arrange.IsoDate(Arrange.Today.AddDays(-10)), uren = 8 });
            var problem = await ApiJson.ProblemAsync(outside, HttpStatusCode.BadRequest);
            Assert.Contains("buiten de leer-werkovereenkomst", problem.GetProperty("errors").GetProperty("datum")[0].GetString(), StringComparison.Ordinal);

            using var other = await ApiJson.PostAsync(client, Url,
                new { leerwerkovereenkomstId = foreign.LeerwerkId, datum = Arrange.IsoDate(Arrange.LastWeekMonday), uren = 8 });
            var otherProblem = await ApiJson.ProblemAsync(other, HttpStatusCode.BadRequest);
            Assert.True(otherProblem.GetProperty("errors").TryGetProperty("leerwerkovereenkomstId", out _));
            Assert.DoesNotContain("Vreemde", otherProblem.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Enter_ThenCorrectWithIfMatch_KeepsHistory_AuditsInTheKeysName()
    {
        var ct = TestContext.Current.CancellationToken;
        var placement = await Arrange.PlacementAsync(factory);
        var (client, name) = await Arrange.DemoApiClientAsync(factory);
        using (client)
        {
            var day = Arrange.IsoDate(Arrange.LastWeekMonday);
            using var created = await ApiJson.PostAsync(client, Url, new { leerwerkovereenkomstId = placement.AgreementId, datum = day, uren = 7.5, toelichting = "uit Tijdwijs" });
            var entry = await ApiJson.ReadAsync(created, HttpStatusCode.Created);
            var id = entry.GetProperty("id").GetInt32();
            var etag = created.Headers.ETag!;
            Assert.Equal($"/api/v1/stage-uren/{id}", created.Headers.Location!.OriginalString);
            Assert.Equal("Ingevoerd", entry.GetProperty("status").GetString());
            Assert.Equal($"API-sleutel {name}", entry.GetProperty("ingevoerdDoor").GetString());

            // The same day again is a conflict, not a silent correction.
            using var twice = await ApiJson.PostAsync(client, Url, new { leerwerkovereenkomstId = placement.AgreementId, datum = day, uren = 6 });
            Assert.Equal(id, (await ApiJson.ProblemAsync(twice, HttpStatusCode.Conflict)).GetProperty("regelId").GetInt32());

            // A correction without If-Match, and with a stale one, changes nothing.
            using var withoutIfMatch = await client.PutAsJsonAsync(new Uri($"{Url}/{id}", UriKind.Relative), new { uren = 6 }, ct);
            await ApiJson.ProblemAsync(withoutIfMatch, (HttpStatusCode)428);
            using var stale = new HttpRequestMessage(HttpMethod.Put, new Uri($"{Url}/{id}", UriKind.Relative)) { Content = JsonContent.Create(new { uren = 6 }) };
            stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"verouderd\""));
            using var staleResponse = await client.SendAsync(stale, ct);
            await ApiJson.ProblemAsync(staleResponse, HttpStatusCode.PreconditionFailed);

            using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"{Url}/{id}", UriKind.Relative)) { Content = JsonContent.Create(new { uren = 6 }) };
            put.Headers.IfMatch.Add(etag);
            using var corrected = await client.SendAsync(put, ct);
            var replacement = await ApiJson.ReadAsync(corrected, HttpStatusCode.OK);
            Assert.NotEqual(id, replacement.GetProperty("id").GetInt32());
            Assert.Equal(6m, replacement.GetProperty("uren").GetDecimal());
            Assert.NotEqual(etag, corrected.Headers.ETag);

            // The old ETag no longer matches: a second tool with the old copy is refused.
            using var again = new HttpRequestMessage(HttpMethod.Put, new Uri($"{Url}/{id}", UriKind.Relative)) { Content = JsonContent.Create(new { uren = 5 }) };
            again.Headers.IfMatch.Add(etag);
            using var againResponse = await client.SendAsync(again, ct);
            await ApiJson.ProblemAsync(againResponse, HttpStatusCode.PreconditionFailed);

            using var read = await ApiJson.GetAsync(client, $"{Url}/{id}");
            Assert.Equal("Gecorrigeerd", (await ApiJson.ReadAsync(read, HttpStatusCode.OK)).GetProperty("status").GetString());
        }

        await using var db = factory.CreateSystemDbContext();
        var entries = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId).OrderBy(r => r.Id).ToListAsync(ct);
        Assert.Equal([UrenStatus.Gecorrigeerd, UrenStatus.Ingevoerd], entries.Select(e => e.Status));
        Assert.Equal(entries[1].Id, entries[0].CorrectedById);
        var ids = entries.Select(e => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audit = await db.Audit.Where(a => a.EntityType == nameof(StageUrenRegel) && ids.Contains(a.EntityId)).ToListAsync(ct);
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.Equal($"API-sleutel {name}", a.UserName));
    }

    [Fact]
    public async Task ConceptAgreement_AllowsNoHours()
    {
        var placement = await Arrange.PlacementAsync(factory);
        await using (var db = factory.CreateSystemDbContext())
        {
            var agreement = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == placement.AgreementId, TestContext.Current.CancellationToken);
            Domain.Overeenkomsten.Levensloop.Restore(agreement, Domain.Overeenkomsten.LeerwerkovereenkomstStatus.Concept);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (client, _) = await Arrange.DemoApiClientAsync(factory, ApiScopes.UrenSchrijven);
        using (client)
        {
            using var response = await ApiJson.PostAsync(client, Url,
                new { leerwerkovereenkomstId = placement.AgreementId, datum = Arrange.IsoDate(Arrange.LastWeekMonday), uren = 8 });
            var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains("concept", problem.GetProperty("errors").GetProperty("leerwerkovereenkomstId")[0].GetString(), StringComparison.Ordinal);
        }
    }
}
