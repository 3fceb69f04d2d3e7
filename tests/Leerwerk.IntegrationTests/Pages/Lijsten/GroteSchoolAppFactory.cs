using System.Globalization;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Lijsten;

/// <summary>
/// The demo school with <see cref="Extra"/> more students, inserted in one SQL statement (a copy of a demo student
/// with a new number and name per row): EF one by one, with the audit trail, would take minutes.
/// </summary>
public sealed class GroteSchoolAppFactory : LeerwerkAppFactory, IAsyncLifetime
{
    public const int Extra = 100_000;

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await using var db = CreateSystemDbContext();
        var bron = await db.Leerlingen.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var tabel = db.Model.FindEntityType(typeof(Leerling))!.GetTableName()!;
        var kolommen = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() == tabel)
            .SelectMany(e => e.GetProperties())
            .Select(p => p.GetColumnName())
            .Where(k => k != "Id")
            .Distinct()
            .ToList();
        string Waarde(string kolom) => kolom switch
        {
            "Leerlingnummer" => "'T' || n.i",
            "LastName" => "'Groot' || n.i",
            "ClassName" => "'G' || (n.i % 40)",
            "Leerjaar" => "1 + (n.i % 4)",
            _ => $"l.\"{kolom}\"",
        };
        var sql = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Extra.ToString(CultureInfo.InvariantCulture)})
            INSERT INTO "{tabel}" ({string.Join(", ", kolommen.Select(k => $"\"{k}\""))})
            SELECT {string.Join(", ", kolommen.Select(Waarde))} FROM n, "{tabel}" l WHERE l."Id" = {bron.ToString(CultureInfo.InvariantCulture)}
            """;
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        await db.Database.ExecuteSqlRawAsync(sql);

        // A table that grew from 62 to 100 062 rows in one statement has the statistics of 62 rows until PostgreSQL's
        // autovacuum gets to it (within a minute in a running installation, at a random moment in a test run): with the
        // stale ones the planner picks nested loops over the whole table and a page takes minutes. Analyse now, as the
        // database itself would; SQLite keeps no statistics unless asked and plans well without them.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GroteSchoolCollection : ICollectionFixture<GroteSchoolAppFactory>
{
    public const string Name = "grote-school";
}
