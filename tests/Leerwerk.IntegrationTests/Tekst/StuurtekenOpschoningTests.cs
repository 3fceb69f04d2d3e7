using Leerwerk.Data.Tekst;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Tekst;

/// <summary>
/// The cleaning SQL of migration TekstLengtesEnStuurtekens, run on the database of the test run (SQLite, or PostgreSQL
/// when LEERWERK_TEST_POSTGRES is set) against a table of dirty values: control characters go, line breaks and tabs stay
/// in a note, a name's line break becomes a space, clean values are not written.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StuurtekenOpschoningTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task CleaningSql_RemovesControlCharactersAndKeepsTheLineBreaksOfNotes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = factory.CreateSystemDbContext();
        await db.Database.ExecuteSqlRawAsync("""CREATE TABLE "StuurtekenProef" ("Id" integer PRIMARY KEY, "Naam" varchar(400), "Notitie" varchar(4000))""", ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "StuurtekenProef" ("Id", "Naam", "Notitie") VALUES (1, {0}, {1}), (2, {2}, {3}), (3, {4}, NULL)""",
                ["Jan\u000Bde\u0001 Vries", "regel 1\r\nregel 2\tmet tab\u0007", "Anna\nBakker\t", "schoon\n", " Piet "], ct);

            var postgres = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
            foreach (var kolom in new[] { new StuurtekenOpschoning.Kolom("StuurtekenProef", "Naam"), new StuurtekenOpschoning.Kolom("StuurtekenProef", "Notitie", MeerdereRegels: true) })
            {
                await db.Database.ExecuteSqlRawAsync(postgres ? StuurtekenOpschoning.Postgres(kolom) : StuurtekenOpschoning.Sqlite(kolom), ct);
            }

            var rows = await db.Database.SqlQueryRaw<ProefRij>("""SELECT "Id", "Naam", "Notitie" FROM "StuurtekenProef" ORDER BY "Id" """).ToListAsync(ct);

            Assert.Equal(
                [new ProefRij(1, "Jande Vries", "regel 1\r\nregel 2\tmet tab"), new ProefRij(2, "Anna Bakker", "schoon\n"), new ProefRij(3, " Piet ", null)],
                rows);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("""DROP TABLE "StuurtekenProef" """, ct);
        }
    }

    [Fact]
    public void EveryCleanedColumn_IsATextColumnOfTheModel()
    {
        using var db = factory.CreateSystemDbContext();
        var columns = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null)
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => (t.GetTableName(), p.GetColumnName())))
            .ToHashSet();

        Assert.All(StuurtekenOpschoning.Kolommen, k => Assert.Contains((k.Tabel, k.Naam), columns));
    }

    public sealed record ProefRij(int Id, string? Naam, string? Notitie);
}
