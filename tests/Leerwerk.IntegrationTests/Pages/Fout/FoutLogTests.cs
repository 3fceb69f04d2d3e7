using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Leerwerk.IntegrationTests.Pages.Fout;

/// <summary>An unhandled exception shows the Dutch error page with a time, and the log holds that time, the path and the exception.</summary>
public sealed class FoutLogTests(FoutLogAppFactory factory) : IClassFixture<FoutLogAppFactory>
{
    [Fact]
    public async Task UnhandledException_IsLoggedWithTimeAndPathThatTheErrorPageShows()
    {
        using var client = TestClient.Create(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Regels", UriKind.Relative));
        request.Headers.Add(FoutLogAppFactory.FailHeader, "1");

        var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Er ging iets mis", page.QuerySelector("h1")?.TextContent);
        var shown = page.QuerySelector("#fout-tijdstip")?.TextContent ?? string.Empty;
        var time = shown.Replace("Tijdstip: ", string.Empty, StringComparison.Ordinal).Split(" (kenmerk", 2)[0];
        Assert.Matches(@"^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$", time);
        Assert.Contains(factory.Entries, e => e.Level == LogLevel.Error
            && e.Exception is InvalidOperationException { Message: "Testfout in een pagina." }
            && e.Message.Contains(time, StringComparison.Ordinal)
            && e.Message.Contains("/Regels", StringComparison.Ordinal));
    }
}
