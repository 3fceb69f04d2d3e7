using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Leerwerk.Cli.Backup;

/// <summary>
/// Row count and SHA-256 of every table, computed the same way by <c>leerwerk backup</c> (into the manifest) and
/// <c>leerwerk restore</c> (its verification step). The rows are read in primary-key order with a byte-wise collation,
/// so that the server's language settings cannot change the order; each value is hashed in its invariant text form
/// (<see cref="ValueText"/>), the column names first, so that a changed, added or missing row or column changes the hash.
/// </summary>
internal static class DatabaseChecksum
{
    /// <summary>Every table of the database, ordered by name; on PostgreSQL those of the connection's schema.</summary>
    public static async Task<IReadOnlyList<TableChecksum>> ComputeAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var catalog = TableCatalog.For(connection);
        var tables = await catalog.TablesAsync(connection, transaction, cancellationToken);
        var result = new List<TableChecksum>(tables.Count);
        foreach (var table in tables.Order(StringComparer.Ordinal))
        {
            var columns = await catalog.ColumnsAsync(connection, transaction, table, cancellationToken);
            result.Add(await ComputeTableAsync(connection, transaction, catalog, table, columns, cancellationToken));
        }

        return result;
    }

    /// <summary>The id of the last migration applied, or null when the database has none (empty, or not Leerwerk's).</summary>
    public static async Task<string?> LastMigrationAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var catalog = TableCatalog.For(connection);
        var tables = await catalog.TablesAsync(connection, transaction, cancellationToken);
        if (!tables.Contains(TableCatalog.MigrationsHistory, StringComparer.Ordinal))
        {
            return null;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"MigrationId\" FROM {TableCatalog.Quote(TableCatalog.MigrationsHistory)} ORDER BY \"MigrationId\" DESC LIMIT 1";
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<TableChecksum> ComputeTableAsync(DbConnection connection, DbTransaction? transaction, TableCatalog catalog,
        string table, IReadOnlyList<TableColumn> columns, CancellationToken cancellationToken)
    {
        // Primary-key order; a table without a key (none in Leerwerk's schema) is ordered by all its columns.
        var keys = columns.Where(c => c.KeyPosition > 0).OrderBy(c => c.KeyPosition).ToList();
        var order = (keys.Count > 0 ? keys : columns).Select(catalog.OrderTerm);

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => TableCatalog.Quote(c.Name)))} FROM {TableCatalog.Quote(table)} ORDER BY {string.Join(", ", order)}";

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, string.Concat(columns.Select(c => ValueText.Framed(c.Name))));
        long rows = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var row = new StringBuilder();
        while (await reader.ReadAsync(cancellationToken))
        {
            row.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Append(ValueText.Framed(reader.GetValue(i)));
            }

            Append(hash, row.Append('\n').ToString());
            rows++;
        }

        return new TableChecksum(table, rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    /// <summary>Whether the connection is to PostgreSQL (else SQLite): the two places that differ ask this.</summary>
    public static bool IsPostgres(DbConnection connection) => connection is NpgsqlConnection;
}
