using System.Net.Sockets;
using Leerwerk.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// Which exceptions are a database fault (503, 507) and which stay a bug (500): as EF Core and the drivers wrap them.
/// </summary>
public sealed class DatabaseStoringenTests
{
    public static TheoryData<string, DatabaseStoring> Cases => new()
    {
        { "refused", DatabaseStoring.Onbereikbaar },
        { "refused-in-ef", DatabaseStoring.Onbereikbaar },
        { "admin-shutdown", DatabaseStoring.Onbereikbaar },
        { "starting-up", DatabaseStoring.Onbereikbaar },
        { "connection-failure", DatabaseStoring.Onbereikbaar },
        { "unique-violation", DatabaseStoring.Geen },
        { "sqlite-full", DatabaseStoring.SchijfVol },
        { "sqlite-busy", DatabaseStoring.Onbereikbaar },
        { "sqlite-constraint", DatabaseStoring.Geen },
        { "bug", DatabaseStoring.Geen },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_TellsAFaultFromABug(string name, DatabaseStoring expected)
    {
        Exception exception = name switch
        {
            "refused" => new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)),
            "refused-in-ef" => new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
                new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))),
            "admin-shutdown" => new DbUpdateException("save", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")),
            "starting-up" => new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"),
            "connection-failure" => new PostgresException("connection failure", "FATAL", "FATAL", "08006"),
            "unique-violation" => new DbUpdateException("save", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")),
            "sqlite-full" => new DbUpdateException("save", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)),
            "sqlite-busy" => new SqliteException("SQLite Error 5: 'database is locked'.", 5),
            "sqlite-constraint" => new DbUpdateException("save", new SqliteException("SQLite Error 19: 'UNIQUE constraint failed'.", 19)),
            _ => new InvalidOperationException("A bug in a page."),
        };

        Assert.Equal(expected, DatabaseStoringen.Classify(exception));
    }
}
