using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Leerwerk.Data.Bulk;

/// <summary>
/// Writes new rows of one entity type outside the change tracker, on the context's connection and in its current
/// transaction (ADR 15). Table, columns and conversions come from the EF model, so a mapping change cannot silently
/// break it: every mapped property is a column, named by the model, its value converted by the property's value
/// converter (enums stored as text). Per provider the fastest way measured (bench/README.md): SQLite one INSERT prepared
/// once and bound by position for every row (<see cref="SqliteInvoer"/>), the generated key read back with
/// <c>RETURNING</c>; PostgreSQL binary COPY, the keys taken from the table's identity sequence beforehand. It writes; it
/// neither guards the school scope nor audits: the caller does both (<see cref="Import.NieuweLeerlingenBulk"/>).
/// </summary>
internal sealed class BulkTabel
{
    private readonly string _table;
    private readonly IProperty _key;
    private readonly IReadOnlyList<(IProperty Property, string Column, ValueConverter? Converter)> _columns;

    private BulkTabel(IEntityType type)
    {
        // A shadow property has no value on the entity: writing it would store an empty column without a word.
        var shadow = type.GetProperties().FirstOrDefault(p => p.IsShadowProperty());
        if (shadow is not null)
        {
            throw new InvalidOperationException($"{type.ClrType.Name}.{shadow.Name} is a shadow property; the bulk path cannot write it.");
        }

        var key = type.FindPrimaryKey();
        if (key is not { Properties.Count: 1 } || key.Properties[0].ValueGenerated != ValueGenerated.OnAdd)
        {
            throw new InvalidOperationException($"{type.ClrType.Name} has no single generated key; the bulk path cannot write it.");
        }

        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _table = table.Name;
        Schema = table.Schema;
        _key = key.Properties[0];
        _columns = [.. type.GetProperties().Where(p => !p.IsPrimaryKey())
            .Select(p => (p, p.GetColumnName(table)!, p.GetTypeMapping().Converter))];
        Type = type;
    }

    public IEntityType Type { get; }

    private string? Schema { get; }

    /// <summary>The writer of <typeparamref name="T"/>'s table in <paramref name="db"/>'s model.</summary>
    public static BulkTabel For<T>(LeerwerkDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new BulkTabel(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."));
    }

    /// <summary>A property's value on an entity, as the change tracker would read it (before conversion).</summary>
    public static object? ValueOf(IProperty property, object entity) => property.GetGetter().GetClrValueUsingContainingEntity(entity);

    /// <summary>
    /// Inserts <paramref name="rows"/> in the context's current transaction (the caller opens it). With
    /// <paramref name="keysBack"/> each entity gets its generated key, as SaveChanges would set it.
    /// </summary>
    public Task InsertAsync<T>(LeerwerkDbContext db, IEnumerable<T> rows, bool keysBack, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The bulk path writes only in the context's transaction.");
        }

        return db.Database.IsNpgsql()
            ? CopyAsync(db, rows, keysBack, ct)
            : InsertPerRijAsync(db, rows, keysBack, ct);
    }

    private static string Quote(LeerwerkDbContext db, string name) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name);

    private string QuotedTable(LeerwerkDbContext db) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(_table, Schema);

    private object? ProviderValue(int column, object entity)
    {
        var (property, _, converter) = _columns[column];
        var value = ValueOf(property, entity);
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    private void SetKey(object entity, long key) =>
        _key.PropertyInfo!.SetValue(entity, Convert.ChangeType(key, _key.ClrType, CultureInfo.InvariantCulture));

    // SQLite: a statement per row is what it is fast at (no network round trip); prepared once, bound per row.
    private Task InsertPerRijAsync<T>(LeerwerkDbContext db, IEnumerable<T> rows, bool keysBack, CancellationToken ct)
        where T : class
    {
        var names = string.Join(", ", _columns.Select(c => Quote(db, c.Column)));
        var values = string.Join(", ", _columns.Select(_ => "?"));
        var returning = keysBack ? $" RETURNING {Quote(db, _key.GetColumnName())}" : string.Empty;
        using var insert = new SqliteInvoer((SqliteConnection)db.Database.GetDbConnection(), $"INSERT INTO {QuotedTable(db)} ({names}) VALUES ({values}){returning}");
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var c = 0; c < _columns.Count; c++)
            {
                insert.Bind(c + 1, ProviderValue(c, row));
            }

            var key = insert.Run();
            if (keysBack)
            {
                SetKey(row, key ?? throw new InvalidOperationException($"The INSERT into {_table} returned no key."));
            }
        }

        return Task.CompletedTask;
    }

    // PostgreSQL: a statement per row is a round trip per row; COPY streams every row in one. COPY cannot return the
    // generated keys, so they are taken from the key's identity sequence first, as the default would have taken them.
    private async Task CopyAsync<T>(LeerwerkDbContext db, IEnumerable<T> rows, bool keysBack, CancellationToken ct)
        where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var list = keysBack ? rows.ToList() : null;
        var keys = list is null ? null : await KeysAsync(db, connection, list.Count, ct);
        var columns = _columns.Select(c => Quote(db, c.Column));
        if (keys is not null)
        {
            columns = columns.Prepend(Quote(db, _key.GetColumnName()));
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {QuotedTable(db)} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", ct);
        var r = 0;
        foreach (var row in (IEnumerable<T>?)list ?? rows)
        {
            await importer.StartRowAsync(ct);
            if (keys is not null)
            {
                SetKey(row, keys[r++]);
                await importer.WriteAsync(ValueOf(_key, row), ct);
            }

            for (var c = 0; c < _columns.Count; c++)
            {
                var value = ProviderValue(c, row);
                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(value, ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    private async Task<long[]> KeysAsync(LeerwerkDbContext db, NpgsqlConnection connection, int count, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT nextval(pg_get_serial_sequence(@table, @column)) FROM generate_series(1, @count)";
        command.Parameters.AddWithValue("table", QuotedTable(db));
        command.Parameters.AddWithValue("column", _key.GetColumnName());
        command.Parameters.AddWithValue("count", count);
        var keys = new long[count];
        await using var reader = await command.ExecuteReaderAsync(ct);
        for (var i = 0; await reader.ReadAsync(ct); i++)
        {
            keys[i] = reader.GetInt64(0);
        }

        return keys;
    }
}
