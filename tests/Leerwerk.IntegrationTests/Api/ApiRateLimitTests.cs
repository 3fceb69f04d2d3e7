using System.Net;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Leerwerk.IntegrationTests.Api;

/// <summary>Each key has its own budget of requests per minute: one key over it gets 429 problem+json, another key goes on.</summary>
public sealed class ApiRateLimitTests(ApiRateLimitTests.EigenApp app) : IClassFixture<ApiRateLimitTests.EigenApp>
{
    [Fact]
    public async Task OverTheLimit_429Problem_PerKey()
    {
        int schoolId;
        await using (var db = app.CreateSystemDbContext())
        {
            var school = new School { Name = "Limietschool", BevoegdGezag = "Stichting Limiet", Brin = "97YY", Regio = Regio.Midden };
            db.Scholen.Add(school);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            schoolId = school.Id;
        }

        var (busy, _) = await Arrange.ApiKeyAsync(app, schoolId, [ApiScopes.Lezen]);
        var (quiet, _) = await Arrange.ApiKeyAsync(app, schoolId, [ApiScopes.Lezen]);
        using var busyClient = Arrange.ApiClient(app, busy);
        for (var i = 0; i < EigenApp.Limit; i++)
        {
            using var allowed = await ApiJson.GetAsync(busyClient, "/api/v1/leerbedrijven");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await ApiJson.GetAsync(busyClient, "/api/v1/leerbedrijven");
        await ApiJson.ProblemAsync(refused, HttpStatusCode.TooManyRequests);

        using var quietClient = Arrange.ApiClient(app, quiet);
        using var other = await ApiJson.GetAsync(quietClient, "/api/v1/leerbedrijven");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    /// <summary>A new installation of its own with a small limit, so the budget of other tests' keys is not touched.</summary>
    public sealed class EigenApp : LeegAppFactory
    {
        public const int Limit = 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimit:ApiPerMinuut", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
