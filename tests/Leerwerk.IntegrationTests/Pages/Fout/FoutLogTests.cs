using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

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
        var kenmerk = shown.Split("(kenmerk ", 2)[1].TrimEnd(')');
        Assert.False(string.IsNullOrWhiteSpace(kenmerk));
        Assert.Contains(factory.Entries, e => e.Level == LogLevel.Error
            && e.Exception is InvalidOperationException { Message: "Testfout in een pagina." }
            && e.Message.Contains(time, StringComparison.Ordinal)
            && e.Message.Contains("/Regels", StringComparison.Ordinal)
            && e.Message.Contains($"kenmerk {kenmerk}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoFailures_GetTwoKenmerken()
    {
        using var client = TestClient.Create(factory);
        var shown = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Regels", UriKind.Relative));
            request.Headers.Add(FoutLogAppFactory.FailHeader, "1");
            var page = await TestClient.ParseAsync(await client.Http.SendAsync(request, TestContext.Current.CancellationToken));
            shown.Add(page.QuerySelector("#fout-tijdstip")!.TextContent.Split("(kenmerk ", 2)[1]);
        }

        Assert.NotEqual(shown[0], shown[1]);
    }

    [Fact]
    public void Production_LogsJsonToTheConsole_WithScopes()
    {
        // The built-in JSON console formatter: one JSON object per line on stdout, with the request id in its scope.
        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = factory.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, options.FormatterName);
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }
}
