using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Leerwerk.Data.Bulk;

/// <summary>
/// One INSERT prepared on the SQLite connection's own handle (so in its transaction), run once per row with its values
/// bound by position. Microsoft.Data.Sqlite binds every parameter by name on every execution, a look-up plus a UTF-8
/// copy of the name per column per row: for a student's 27 columns most of the insert's time (profile in
/// bench/README.md). The values are stored as Microsoft.Data.Sqlite stores them (its <c>SqliteValueBinder</c>), so a row
/// written here is the row EF writes; a type it does not know stops the insert rather than guess.
/// </summary>
internal sealed class SqliteInvoer : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    // What each parameter holds now: SQLite keeps a statement's values across runs, so a value equal to the row
    // before's (the school, the user and time of every audit entry, the many empty columns) is not bound again.
    private readonly object?[] _bound;
    private readonly bool[] _isBound;

    public SqliteInvoer(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        var count = raw.sqlite3_bind_parameter_count(_statement) + 1;
        _bound = new object?[count];
        _isBound = new bool[count];
    }

    /// <summary>Binds <paramref name="value"/> (a provider value: after the column's EF converter) to parameter <paramref name="index"/>, from 1.</summary>
    public void Bind(int index, object? value)
    {
        if (_isBound[index] && Equals(_bound[index], value))
        {
            return;
        }

        _bound[index] = value;
        _isBound[index] = true;
        Check(BindNew(index, value));
    }

    private int BindNew(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string text => raw.sqlite3_bind_text(_statement, index, text),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        DateOnly date => raw.sqlite3_bind_text(_statement, index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        DateTime moment => raw.sqlite3_bind_text(_statement, index, moment.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        decimal amount => raw.sqlite3_bind_text(_statement, index, amount.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        _ => throw new NotSupportedException($"The bulk path cannot store a {value.GetType().Name} in SQLite."),
    };

    /// <summary>Runs the INSERT for the bound row; the first column of the row it returns (<c>RETURNING</c>), or null.</summary>
    public long? Run()
    {
        long? returned = null;
        var rc = raw.sqlite3_step(_statement);
        while (rc == raw.SQLITE_ROW)
        {
            returned ??= raw.sqlite3_column_int64(_statement, 0);
            rc = raw.sqlite3_step(_statement);
        }

        // Reset before checking: it makes the statement reusable either way, and a failed step's error stays readable.
        raw.sqlite3_reset(_statement);
        Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
        return returned;
    }

    public void Dispose() => _statement.Dispose();

    // The same exception Microsoft.Data.Sqlite throws, so a full disk or a busy database is classified as any other
    // (DatabaseStoringen).
    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
        }
    }
}
