using System.Collections.Concurrent;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// The real app with the demo on a database the test names (its own PostgreSQL cluster, a file on a small file
/// system) instead of the tier's, whichever tier runs; every log entry is kept, to see how a fault was logged.
/// </summary>
public sealed class EigenDatabaseAppFactory(string provider, string connectionString) : LeerwerkAppFactory
{
    public override string Provider => provider;

    public override string ConnectionString => connectionString;

    /// <summary>The database goes with the test's cluster or file system; dropping it could fail while a fault lasts.</summary>
    protected override bool DropsDatabase => false;

    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder!.ConfigureLogging(logging => logging.AddProvider(new CapturingProvider(Entries)));
    }

    private sealed class CapturingProvider(ConcurrentQueue<(string, LogLevel, string)> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, entries);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
