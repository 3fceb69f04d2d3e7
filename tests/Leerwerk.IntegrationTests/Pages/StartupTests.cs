using System.Diagnostics;

namespace Leerwerk.IntegrationTests.Pages;

/// <summary>The real web executable with a database it cannot reach: a Dutch message and exit code 3, no stack trace.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task WebApp_PostgresUnreachable_ExitsWithDutchMessageAndCode3()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Leerwerk.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["Database__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=leerwerk;Timeout=3";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(3, process.ExitCode);
        var message = await error;
        Assert.Contains("Leerwerk kan niet starten. De database is niet bereikbaar: PostgreSQL op 127.0.0.1:1", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }
}
