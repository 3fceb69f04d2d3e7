using Leerwerk.Cli.Backup;
using Microsoft.Data.Sqlite;

namespace Leerwerk.Cli.Tests.Backup;

/// <summary>
/// The table checksums on small SQLite databases made here: the same rows give the same checksum whatever order they
/// were written in (primary-key order, a composite key's own column order), and any change to a value, a NULL or a
/// column gives another.
/// </summary>
public sealed class DatabaseChecksumTests
{
    private const string Schema = """
        CREATE TABLE "Regels" ("Tekst" TEXT, "Nummer" INTEGER, "Bedrag" REAL, PRIMARY KEY ("Nummer", "Tekst"));
        CREATE TABLE "Leeg" ("Id" INTEGER PRIMARY KEY);
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Compute_SameRowsWrittenInAnotherOrder_SameChecksums()
    {
        var first = await ChecksumsAsync(Schema + """INSERT INTO "Regels" VALUES ('b', 2, 1.5), ('a', 2, NULL), ('z', 1, 0.25);""");
        var second = await ChecksumsAsync(Schema + """INSERT INTO "Regels" VALUES ('z', 1, 0.25), ('a', 2, NULL), ('b', 2, 1.5);""");

        Assert.Equal(first, second);
        Assert.Equal(["Leeg", "Regels"], first.Select(t => t.Name));
        Assert.Equal([0L, 3L], first.Select(t => t.Rows));
    }

    [Theory]
    [InlineData("""INSERT INTO "Regels" VALUES ('b', 2, 1.5), ('a', 2, 0), ('z', 1, 0.25);""")]
    [InlineData("""INSERT INTO "Regels" VALUES ('b', 2, 1.5), ('a', 2, NULL), ('z', 1, 0.26);""")]
    [InlineData("""INSERT INTO "Regels" VALUES ('b', 2, 1.5), ('A', 2, NULL), ('z', 1, 0.25);""")]
    public async Task Compute_OneValueOtherOrNull_OtherChecksumSameRowCount(string changed)
    {
        var original = await ChecksumsAsync(Schema + """INSERT INTO "Regels" VALUES ('b', 2, 1.5), ('a', 2, NULL), ('z', 1, 0.25);""");
        var other = await ChecksumsAsync(Schema + changed);

        Assert.Equal(original.Single(t => t.Name == "Regels").Rows, other.Single(t => t.Name == "Regels").Rows);
        Assert.NotEqual(original.Single(t => t.Name == "Regels").Sha256, other.Single(t => t.Name == "Regels").Sha256);
        Assert.Equal(original.Single(t => t.Name == "Leeg"), other.Single(t => t.Name == "Leeg"));
    }

    [Fact]
    public async Task Compute_ExtraEmptyColumn_OtherChecksum()
    {
        var original = await ChecksumsAsync(Schema);
        var widened = await ChecksumsAsync(Schema + """ALTER TABLE "Leeg" ADD COLUMN "Extra" TEXT;""");

        Assert.NotEqual(original.Single(t => t.Name == "Leeg").Sha256, widened.Single(t => t.Name == "Leeg").Sha256);
    }

    private static async Task<IReadOnlyList<TableChecksum>> ChecksumsAsync(string sql)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(Ct);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(Ct);
        }

        return await DatabaseChecksum.ComputeAsync(connection, null, Ct);
    }
}
