using System.Data.Common;

namespace Leerwerk.Cli.Backup;

/// <summary>A column as <see cref="DatabaseChecksum"/> needs it: its place in the primary key (0: not in it), whether it holds text.</summary>
internal sealed record TableColumn(string Name, int KeyPosition, bool IsText);

/// <summary>
/// Which tables and columns a database has, read from its own catalog rather than from the EF model, so that a backup
/// checks every table that is really there (the migrations history included), and how to order by a column byte-wise.
/// </summary>
internal abstract class TableCatalog
{
    public const string MigrationsHistory = "__EFMigrationsHistory";

    public static TableCatalog For(DbConnection connection) =>
        DatabaseChecksum.IsPostgres(connection) ? new PostgresCatalog() : new SqliteCatalog();

    public abstract Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<TableColumn>> ColumnsAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken);

    /// <summary>An ORDER BY term that sorts text byte-wise, whatever collation the server or the column has.</summary>
    public abstract string OrderTerm(TableColumn column);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected static async Task<List<T>> ReadAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, string? table,
        Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (table is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "t";
            parameter.Value = table;
            command.Parameters.Add(parameter);
        }

        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(map(reader));
        }

        return result;
    }

    private sealed class SqliteCatalog : TableCatalog
    {
        public override async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
            await ReadAsync(connection, transaction,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'", null,
                r => r.GetString(0), cancellationToken);

        public override async Task<IReadOnlyList<TableColumn>> ColumnsAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken) =>
            await ReadAsync(connection, transaction, "SELECT name, pk FROM pragma_table_info(@t) ORDER BY cid", table,
                r => new TableColumn(r.GetString(0), r.GetInt32(1), IsText: true), cancellationToken);

        // In SQLite a collation only affects text values, so BINARY is right for every column.
        public override string OrderTerm(TableColumn column) => Quote(column.Name) + " COLLATE BINARY";
    }

    private sealed class PostgresCatalog : TableCatalog
    {
        public override async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
            await ReadAsync(connection, transaction,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", null,
                r => r.GetString(0), cancellationToken);

        public override async Task<IReadOnlyList<TableColumn>> ColumnsAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken) =>
            await ReadAsync(connection, transaction,
                """
                SELECT a.attname,
                       COALESCE((SELECT k.n FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) WHERE k.attnum = a.attnum), 0)::int,
                       t.typcategory = 'S'
                FROM pg_attribute a
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary
                WHERE a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(@t))::regclass
                  AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum
                """, table,
                r => new TableColumn(r.GetString(0), r.GetInt32(1), r.GetBoolean(2)), cancellationToken);

        // COLLATE "C" compares bytes, as SQLite's BINARY does; it is allowed on text types only.
        public override string OrderTerm(TableColumn column) => Quote(column.Name) + (column.IsText ? " COLLATE \"C\"" : string.Empty);
    }
}
