using System.Collections.Concurrent;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Leerwerk.IntegrationTests.Pages.Fout;

/// <summary>
/// The real app without the demo, in the Production environment, with two test additions: every log entry is captured, and a request that carries
/// <see cref="FailHeader"/> fails with an unhandled exception inside the pipeline, as a bug in a page would.
/// </summary>
public sealed class FoutLogAppFactory : LeerwerkAppFactory
{
    public const string FailHeader = "X-Test-Fout";

    protected override bool LoadDemo => false;

    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // As in production: JSON logs, no Development leniency.
        builder!.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingProvider(Entries)));
        builder.ConfigureTestServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new FailOnHeader())));
    }

    private sealed class FailOnHeader : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            // Not on the error page itself: the exception handler re-executes /Fout with the same headers.
            if (context.HttpContext.Request.Headers.ContainsKey(FailHeader) && context.HttpContext.Request.Path != "/Fout")
            {
                throw new InvalidOperationException("Testfout in een pagina.");
            }
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }

    private sealed class CapturingProvider(ConcurrentQueue<(string, LogLevel, string, Exception?)> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, entries);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<(string, LogLevel, string, Exception?)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}
