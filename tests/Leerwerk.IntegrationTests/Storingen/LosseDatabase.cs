using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// The database of a <see cref="LosseApp"/> that outlives it: a temp SQLite file, or a database of its own on the tier's
/// PostgreSQL (LEERWERK_TEST_POSTGRES). The test reads and arranges it directly, and can see when a write has begun.
/// </summary>
internal sealed class LosseDatabase : IAsyncDisposable
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("LEERWERK_TEST_POSTGRES");
    private readonly string _name = $"leerwerk_kill_{Guid.NewGuid():N}";
    private NpgsqlConnection? _watch;

    public static string Provider => LeerwerkAppFactory.IsPostgres ? "Postgres" : "Sqlite";

    public string Verbinding => LeerwerkAppFactory.IsPostgres ? $"{PostgresServer};Database={_name}" : $"Data Source={SqliteFile}";

    /// <summary>The SQLite file (null on PostgreSQL).</summary>
    public string? SqliteFile => LeerwerkAppFactory.IsPostgres ? null : Path.Combine(Path.GetTempPath(), _name + ".db");

    /// <summary>A context that sees every school, as start-up has it.</summary>
    public LeerwerkDbContext Context()
    {
        var options = new DbContextOptionsBuilder<LeerwerkDbContext>();
        options.UseLeerwerkProvider(new DatabaseSettings { Provider = Provider, ConnectionString = Verbinding }, LosseApp.Build().Project);
        return new LeerwerkDbContext(options.Options, FixedSchoolScope.System);
    }

    public async Task<int> CountStudentsAsync(CancellationToken ct)
    {
        await using var db = Context();
        return await db.Leerlingen.CountAsync(ct);
    }

    /// <summary>
    /// Whether a transaction of the app has begun to write: SQLite's rollback journal exists (it is made before the
    /// first page changes and removed at commit), or a PostgreSQL backend of this database holds a transaction id.
    /// </summary>
    public async Task<bool> IsWritingAsync(CancellationToken ct)
    {
        if (SqliteFile is { } file)
        {
            return File.Exists(file + "-journal");
        }

        if (_watch is null)
        {
            _watch = new NpgsqlConnection($"{PostgresServer};Database=postgres;Pooling=false");
            await _watch.OpenAsync(ct);
        }

        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = @name AND backend_xid IS NOT NULL)", _watch);
        command.Parameters.AddWithValue("name", _name);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// A new student of the demo school with an active placement and last week's five days entered, not approved,
    /// as the app's real clock sees last week; its approval link's token, the week's key and the entries' ids.
    /// </summary>
    public async Task<(string Token, string Week, int[] Entries)> OpenWeekAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var monday = StageWeek.Of(today).Monday.AddDays(-7);
        await using var db = Context();
        var schoolId = await db.Scholen.Where(s => s.Brin == Data.Demo.DemoSchool.Brin).Select(s => s.Id).SingleAsync(ct);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var company = new Leerbedrijf { SchoolId = schoolId, Name = $"Storingbedrijf {suffix}", KvkNumber = Arrange.NewKvkNumber(), City = "Tiel" };
        company.Praktijkbegeleiders.Add(new Praktijkbegeleider { SchoolId = schoolId, Name = "Piet Begeleider", Function = "Chef", IsQualified = true });
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = $"K{suffix}",
            FirstName = $"Kill{suffix}",
            LastName = "Negen",
            BirthDate = today.AddYears(-15),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            ClassName = "3B1",
        };
        db.AddRange(company, student);
        await db.SaveChangesAsync(ct);
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = schoolId,
            LeerlingId = student.Id,
            LeerbedrijfId = company.Id,
            PraktijkbegeleiderId = company.Praktijkbegeleiders[0].Id,
            StartDate = today.AddMonths(-2),
            EndDate = today.AddMonths(6),
            Rooster = new Rooster { Monday = 8m, Tuesday = 8m, Wednesday = 8m, Thursday = 8m, Friday = 8m },
        };
        Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.Actief);
        db.Leerwerkovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(ct);
        var entries = Enumerable.Range(0, 5).Select(day => new StageUrenRegel
        {
            SchoolId = schoolId,
            LeerlingId = student.Id,
            LeerwerkovereenkomstId = agreement.Id,
            Date = monday.AddDays(day),
            Hours = 8m,
            Status = UrenStatus.Ingevoerd,
            EnteredBy = "coordinator",
            EnteredAt = monday.AddDays(day).ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc),
        }).ToList();
        db.StageUren.AddRange(entries);
        var token = Goedkeuringslink.Issue(agreement, DateTime.UtcNow);
        await db.SaveChangesAsync(ct);
        return (token, StageWeek.Of(monday).ToString(), [.. entries.Select(e => e.Id)]);
    }

    public async Task<UrenStatus[]> StatusesAsync(int[] entries, CancellationToken ct)
    {
        await using var db = Context();
        return await db.StageUren.Where(r => entries.Contains(r.Id)).Select(r => r.Status).ToArrayAsync(ct);
    }

    /// <summary>SQLite's own check of every page and index of the file: "ok" when nothing is torn.</summary>
    public async Task<string> IntegrityCheckAsync(CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={SqliteFile};Pooling=False");
        await connection.OpenAsync(ct);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return (string)(await check.ExecuteScalarAsync(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_watch is not null)
        {
            await _watch.DisposeAsync();
        }

        if (SqliteFile is { } file)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-journal", file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        await using var server = new NpgsqlConnection($"{PostgresServer};Database=postgres;Pooling=false");
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
