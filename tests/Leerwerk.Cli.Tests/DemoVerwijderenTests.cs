using System.Globalization;
using Leerwerk.Data.Demo;
using Microsoft.Data.Sqlite;

namespace Leerwerk.Cli.Tests;

/// <summary>
/// <c>leerwerk demo --verwijderen</c> on a real SQLite file that holds the demo school and a second, real school
/// with records in every table: afterwards every row that is not the demo's is byte-for-byte the same, and
/// nothing of the demo is left.
/// </summary>
public sealed class DemoVerwijderenTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leerwerk_cli_{Guid.NewGuid():N}.db");

    private string Connection => $"Data Source={_file}";

    [Fact]
    public async Task DemoVerwijderen_SecondRealSchool_EveryOtherRowUnchangedAndNothingOfTheDemoLeft()
    {
        // The "real" school: a full demo renamed (BRIN and accounts), so it has rows in every table; then the demo again.
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection)).ExitCode);
        await ExecuteAsync("UPDATE \"Scholen\" SET \"Brin\" = '09XY', \"Name\" = 'Echte school'; " +
            "UPDATE \"AspNetUsers\" SET \"UserName\" = 'echt-' || \"UserName\", \"NormalizedUserName\" = 'ECHT-' || \"NormalizedUserName\";");
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection)).ExitCode);
        var demoId = await ScalarAsync($"SELECT \"Id\" FROM \"Scholen\" WHERE \"Brin\" = '{DemoSchool.Brin}'");
        var demoUsers = await ListAsync("SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"UserName\" NOT LIKE 'echt-%' AND \"UserName\" <> 'beheerder'");
        Assert.Equal(DemoUsers.All.Count, demoUsers.Count);
        var expected = await DumpAsync(row => !IsDemo(row, demoId, demoUsers));
        Assert.NotEqual(await DumpAsync(_ => true), expected);
        var versionBefore = long.Parse(await ScalarAsync($"SELECT \"Version\" FROM \"DataVersions\" WHERE \"SchoolId\" = {demoId}"), CultureInfo.InvariantCulture);

        var result = await CliRunner.RunAsync("demo", "--verwijderen", "--verbinding", Connection);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Demoschool Vmbo De Rivierenborg verwijderd", result.Output, StringComparison.Ordinal);
        Assert.Equal(expected, await DumpAsync(row => !IsDemoVersion(row, demoId)));

        // The demo's data version is the one row of it kept, one higher: a result computed with the demo in it never
        // matches again (ADR 0016).
        Assert.Equal(versionBefore + 1, long.Parse(await ScalarAsync($"SELECT \"Version\" FROM \"DataVersions\" WHERE \"SchoolId\" = {demoId}"), CultureInfo.InvariantCulture));
        var again = await CliRunner.RunAsync("demo", "--verwijderen", "--verbinding", Connection);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Er staat geen demoschool in de database", again.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    /// <summary>A row of the demo: of its school, the school itself, or of a demo account.</summary>
    private static bool IsDemo(Row row, string demoId, IReadOnlyList<string> demoUsers) =>
        (row.Values.TryGetValue("SchoolId", out var school) && school == demoId)
        || (row.Table == "Scholen" && row.Values["Id"] == demoId)
        || (row.Table == "AspNetUsers" && demoUsers.Contains(row.Values["Id"]))
        || (row.Values.TryGetValue("UserId", out var user) && demoUsers.Contains(user));

    private static bool IsDemoVersion(Row row, string demoId) => row.Table == "DataVersions" && row.Values["SchoolId"] == demoId;

    /// <summary>Every row of every table, each value as stored (text, number or base64 of a blob), sorted.</summary>
    private async Task<string> DumpAsync(Func<Row, bool> keep)
    {
        await using var connection = new SqliteConnection(Connection);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var lines = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                var values = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => Text(reader.GetValue(i)));
                var row = new Row(table, values);
                if (keep(row))
                {
                    lines.Add(table + ": " + string.Join(" | ", values.Select(v => $"{v.Key}={v.Value}")));
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static string Text(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(Connection);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string> ScalarAsync(string sql) => (await ListAsync(sql)).Single();

    private async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new SqliteConnection(Connection);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(Text(reader.GetValue(0)));
        }

        return values;
    }

    private sealed record Row(string Table, IReadOnlyDictionary<string, string> Values);
}
