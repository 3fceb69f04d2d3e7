using Microsoft.Data.Sqlite;

namespace Leerwerk.Cli.Tests;

/// <summary>
/// <c>leerwerk bewaartermijn [--proef]</c> on a real SQLite file with the demo school, whose graduate 24062 left on
/// 10 July 2026 and whose school keeps data two years after leaving: before 10 July 2028 nothing is due; on it the
/// proef only reports her, the real run erases her (name and number gone, the record kept) and a second run finds nothing.
/// </summary>
public sealed class BewaartermijnTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leerwerk_cli_{Guid.NewGuid():N}.db");

    private string Connection => $"Data Source={_file}";

    [Fact]
    public async Task Bewaartermijn_GraduateAfterTwoYears_ProefReportsThenRunErasesOnce()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection)).ExitCode);

        var early = await CliRunner.RunAsync("bewaartermijn", "--datum", "2028-07-09", "--verbinding", Connection);
        Assert.Equal(0, early.ExitCode);
        Assert.Contains("geen leerling van wie de bewaartermijn voorbij is", early.Output, StringComparison.Ordinal);

        var proef = await CliRunner.RunAsync("bewaartermijn", "--proef", "--datum", "2028-07-10", "--verbinding", Connection);
        Assert.Equal(0, proef.ExitCode);
        Assert.Contains("uitgestroomd op 2026-07-10, bewaartermijn verstreken op 2028-07-10: zou gewist worden.", proef.Output, StringComparison.Ordinal);
        Assert.Contains("1 leerling(en) zouden gewist worden", proef.Output, StringComparison.Ordinal);
        Assert.Equal("1", await ScalarAsync("SELECT COUNT(*) FROM \"Leerlingen\" WHERE \"LastName\" = 'Oosterhuis'"));

        var run = await CliRunner.RunAsync("bewaartermijn", "--datum", "2028-07-10", "--verbinding", Connection);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": gewist.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Oosterhuis", run.Output, StringComparison.Ordinal);
        Assert.Equal("0", await ScalarAsync("SELECT COUNT(*) FROM \"Leerlingen\" WHERE \"LastName\" = 'Oosterhuis' OR \"Leerlingnummer\" = '24062'"));
        Assert.Equal("0", await ScalarAsync("SELECT COUNT(*) FROM \"Audit\" WHERE \"Changes\" LIKE '%Oosterhuis%'"));
        Assert.Equal("1", await ScalarAsync("SELECT COUNT(*) FROM \"Leerlingen\" WHERE \"GewistOp\" = '2028-07-10'"));

        var again = await CliRunner.RunAsync("bewaartermijn", "--datum", "2028-07-10", "--verbinding", Connection);
        Assert.Contains("geen leerling van wie de bewaartermijn voorbij is", again.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(Connection);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
