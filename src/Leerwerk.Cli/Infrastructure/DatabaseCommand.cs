using System.CommandLine;
using Leerwerk.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Cli.Infrastructure;

/// <summary>
/// Shared plumbing of commands that open the database: the --provider and --verbinding options, and
/// "database unreachable" as a Dutch message with exit code 3 instead of a stack trace.
/// </summary>
internal static class DatabaseCommand
{
    public const int Unreachable = 3;

    private static readonly Option<string> Provider = new("--provider")
    {
        Description = "Sqlite (standaard) of Postgres; anders Database__Provider.",
    };

    private static readonly Option<string> Connection = new("--verbinding")
    {
        Description = "De connection string; anders Database__ConnectionString (standaard Data Source=data/leerwerk.db).",
    };

    public static Command Create(string name, string description, Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> action)
    {
        var command = new Command(name, description);
        command.Options.Add(Provider);
        command.Options.Add(Connection);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                await using var services = CliServices.Build(parseResult.GetValue(Provider), parseResult.GetValue(Connection));
                await using var scope = services.CreateAsyncScope();
                return await action(parseResult, scope.ServiceProvider, output, cancellationToken);
            }
            catch (DatabaseUnavailableException ex)
            {
                await error.WriteLineAsync(ex.Message);
                return Unreachable;
            }
            catch (Exception ex) when (DatabaseMigrator.IsUnreachable(ex))
            {
                await error.WriteLineAsync($"De database is niet bereikbaar: {(ex.InnerException ?? ex).Message}");
                return Unreachable;
            }
        });
        return command;
    }
}
