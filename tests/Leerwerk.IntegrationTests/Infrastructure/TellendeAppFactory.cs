using System.Collections.Concurrent;
using System.Data.Common;
using Leerwerk.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>
/// The real app with every database command of a request counted: a request that carries the header
/// <see cref="Header"/> has its commands' SQL collected under the header's value (<see cref="Commands"/>). For the tests
/// that hold a page to its number of queries: other requests (start-up, other tests' clients) are not counted.
/// </summary>
public sealed class TellendeAppFactory : LeerwerkAppFactory
{
    public const string Header = "X-Leerwerk-Tel";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new(StringComparer.Ordinal);

    /// <summary>The SQL of every command run for the requests that carried <paramref name="tag"/>, in order.</summary>
    public IReadOnlyList<string> Commands(string tag) => _commands.TryGetValue(tag, out var list) ? [.. list] : [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<LeerwerkDbContext>((provider, options) =>
            options.AddInterceptors(new Teller(provider.GetRequiredService<IHttpContextAccessor>(), _commands))));
    }

    private sealed class Teller(IHttpContextAccessor accessor, ConcurrentDictionary<string, ConcurrentQueue<string>> commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count(command);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Count(command);
            return base.ScalarExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Count(command);
            return base.NonQueryExecuting(command, eventData, result);
        }

        private void Count(DbCommand command)
        {
            if (accessor.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } tag)
            {
                commands.GetOrAdd(tag, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
            }
        }
    }
}
