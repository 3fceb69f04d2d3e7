using System.Data.Common;

namespace Leerwerk.Cli.Backup;

/// <summary>Whether a restore's target already holds data, which <c>leerwerk restore</c> overwrites only when told to.</summary>
internal static class TargetDatabase
{
    /// <summary>
    /// The tables that hold at least one row. The migrations history does not count: a database that was only
    /// migrated holds no school's data yet. Anything else does, even the roles <c>leerwerk migrate</c> adds.
    /// </summary>
    public static async Task<IReadOnlyList<string>> TablesWithRowsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var catalog = TableCatalog.For(connection);
        var withRows = new List<string>();
        foreach (var table in (await catalog.TablesAsync(connection, null, cancellationToken)).Order(StringComparer.Ordinal))
        {
            if (table == TableCatalog.MigrationsHistory)
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {TableCatalog.Quote(table)})";
            if (Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture))
            {
                withRows.Add(table);
            }
        }

        return withRows;
    }
}
