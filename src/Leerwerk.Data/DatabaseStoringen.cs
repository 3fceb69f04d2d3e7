using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Leerwerk.Data;

/// <summary>
/// Tells a database fault from a bug in a request's exception. Narrower than <see cref="DatabaseMigrator.IsUnreachable"/>
/// (which takes any <see cref="System.Data.Common.DbException"/> at start-up): a refused constraint during a request is a
/// bug to report, not a server to wait for.
/// </summary>
public static class DatabaseStoringen
{
    private const int SqliteBusy = 5;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    /// <summary>
    /// PostgreSQL's own words for "not now": admin_shutdown, crash_shutdown, cannot_connect_now (starting or stopping)
    /// and too_many_connections; the whole class 08 (connection exception) is checked apart.
    /// </summary>
    private static readonly HashSet<string> PostgresNietNu = ["57P01", "57P02", "57P03", "53300"];

    /// <summary>What <paramref name="exception"/> or one of its inner exceptions says; the first database error decides.</summary>
    public static DatabaseStoring Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var e in Chain(exception))
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode switch
                    {
                        SqliteFull => DatabaseStoring.SchijfVol,
                        SqliteBusy or SqliteCantOpen => DatabaseStoring.Onbereikbaar,
                        _ => DatabaseStoring.Geen,
                    };
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || PostgresNietNu.Contains(postgres.SqlState)
                        ? DatabaseStoring.Onbereikbaar
                        : DatabaseStoring.Geen;
                case NpgsqlException:
                    // Without a server's SQLSTATE an Npgsql error is the connection itself: refused, reset, timed out.
                    return DatabaseStoring.Onbereikbaar;
                case SocketException or TimeoutException:
                    return DatabaseStoring.Onbereikbaar;
                default:
                    break;
            }
        }

        return DatabaseStoring.Geen;
    }

    /// <summary>
    /// After a PostgreSQL outage the pool still holds connections to the server that went away; each would fail once
    /// more after it returns. Clearing the pools makes the next request open a fresh connection, so Leerwerk recovers
    /// without a restart. Connections in use are discarded when they are given back.
    /// </summary>
    public static void ClearBrokenPools(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Chain(exception).Any(e => e is NpgsqlException))
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var e))
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse())
                {
                    pending.Push(inner);
                }
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
