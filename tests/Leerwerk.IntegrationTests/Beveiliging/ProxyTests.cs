using System.Net;
using Leerwerk.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace Leerwerk.IntegrationTests.Beveiliging;

/// <summary>Behind a TLS proxy: allowed hosts, forwarded headers from the known proxy only, HTTPS, HSTS, secure cookies, rate limits per client.</summary>
public sealed class ProxyTests(BeveiligingAppFactory factory) : IClassFixture<BeveiligingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownHostHeader_IsRefused()
    {
        using var client = factory.ClientFrom("198.51.100.60", "https://evil.example");

        var response = await client.Http.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps_AndHttpsGetsHsts()
    {
        using var plain = factory.ClientFrom("198.51.100.61", $"http://{BeveiligingAppFactory.PublicHost}");
        using var secure = factory.ClientFrom("198.51.100.61", $"https://{BeveiligingAppFactory.PublicHost}");

        var redirected = await plain.Http.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);
        var served = await secure.Http.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal($"https://{BeveiligingAppFactory.PublicHost}/Account/Inloggen", redirected.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.StartsWith("max-age=31536000", served.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TlsAtTheKnownProxy_MakesTheCookiesSecure()
    {
        // The proxy speaks plain HTTP to the app and says X-Forwarded-Proto: https.
        using var client = factory.ClientFrom("198.51.100.62", "http://localhost");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.Http.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnUnknownPeer_AreIgnored()
    {
        // Straight from a client that claims to be behind TLS: the claim is not believed, so the app redirects to HTTPS.
        using var client = factory.ClientFrom("198.51.100.63", "http://localhost");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.Http.DefaultRequestHeaders.Add(BeveiligingAppFactory.PeerHeader, "203.0.113.9");

        var response = await client.Http.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }

    [Fact]
    public async Task RateLimit_IsKeyedOnTheClientAddress_NotOnTheProxy()
    {
        using var busy = factory.ClientFrom("198.51.100.64");
        using var other = factory.ClientFrom("198.51.100.65");
        var token = new string('a', 43);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= BeveiligingAppFactory.ApprovalLinksPerMinute; i++)
        {
            answers.Add((await busy.Http.GetAsync(new Uri($"/goedkeuren/{token}", UriKind.Relative), Ct)).StatusCode);
        }

        var fromOther = await other.Http.GetAsync(new Uri($"/goedkeuren/{token}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers[..^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, fromOther.StatusCode);
    }

    [Theory]
    [InlineData("*", "Production", true)]
    [InlineData("", "Production", true)]
    [InlineData("leerwerk.school.nl", "Production", false)]
    [InlineData("*", "Development", false)]
    public void AllowedHosts_Star_RefusesTheStartOutsideDevelopment(string allowedHosts, string environment, bool refused)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AllowedHosts"] = allowedHosts }).Build();
        var host = new HostingEnvironment { EnvironmentName = environment };

        var problem = ProxyInstellingen.AllowedHostsProblem(configuration, host);

        Assert.Equal(refused, problem is not null);
    }
}
