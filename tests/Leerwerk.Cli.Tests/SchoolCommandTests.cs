using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Cli.Tests;

/// <summary><c>leerwerk school toevoegen</c>, <c>school lijst</c> and <c>gebruiker toevoegen --bestuur</c> on a real SQLite file.</summary>
public sealed class SchoolCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leerwerk_cli_{Guid.NewGuid():N}.db");

    private string Connection => $"Data Source={_file}";

    [Fact]
    public async Task SchoolToevoegen_TwoSchoolsUnderOneBestuur_CreatesTheBestuurOnceAndListsBoth()
    {
        await CliRunner.RunAsync("migrate", "--verbinding", Connection);

        var first = await CliRunner.RunAsync("school", "toevoegen", "--naam", "Maaslandcollege", "--brin", "12ab", "--vestiging", "00",
            "--bestuur", "Stichting VO Maasland", "--verbinding", Connection);
        var second = await CliRunner.RunAsync("school", "toevoegen", "--naam", "Maasland Oost", "--brin", "12AB", "--vestiging", "01",
            "--bestuur", "Stichting VO Maasland", "--regio", "zuid", "--verbinding", Connection);
        var list = await CliRunner.RunAsync("school", "lijst", "--verbinding", Connection);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Bestuur Stichting VO Maasland aangemaakt", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("aangemaakt", second.Output, StringComparison.Ordinal);
        Assert.Contains("12AB  00", list.Output, StringComparison.Ordinal);
        Assert.Contains("12AB  01", list.Output, StringComparison.Ordinal);
        Assert.Contains("Maasland Oost — Stichting VO Maasland", list.Output, StringComparison.Ordinal);
        await using var db = Open(_file);
        var bestuur = await db.Besturen.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, await db.Scholen.CountAsync(s => s.BestuurId == bestuur.Id, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("9XYZ", "00", "'9XYZ' is geen BRIN-nummer")]
    [InlineData("09XY", "1", "'1' is geen vestigingsnummer")]
    public async Task SchoolToevoegen_BadBrinOrVestiging_GivesDutchMessageAndStoresNothing(string brin, string vestiging, string message)
    {
        await CliRunner.RunAsync("migrate", "--verbinding", Connection);

        var result = await CliRunner.RunAsync("school", "toevoegen", "--naam", "X", "--brin", brin, "--vestiging", vestiging,
            "--bestuur", "B", "--verbinding", Connection);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        await using var db = Open(_file);
        Assert.False(await db.Scholen.AnyAsync(TestContext.Current.CancellationToken));
        Assert.False(await db.Besturen.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SchoolToevoegen_SameBrinAndVestigingTwice_RefusesTheSecond()
    {
        await CliRunner.RunAsync("migrate", "--verbinding", Connection);
        await CliRunner.RunAsync("school", "toevoegen", "--naam", "A", "--brin", "12AB", "--vestiging", "00", "--verbinding", Connection);

        var result = await CliRunner.RunAsync("school", "toevoegen", "--naam", "B", "--brin", "12AB", "--vestiging", "00", "--verbinding", Connection);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Er is al een school met BRIN 12AB en vestiging 00", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GebruikerToevoegen_Bestuur_LinksTheUserToTheBestuurWithoutSchools()
    {
        await CliRunner.RunAsync("migrate", "--verbinding", Connection);
        await CliRunner.RunAsync("school", "toevoegen", "--naam", "A", "--brin", "12AB", "--vestiging", "00", "--bestuur", "Maasland", "--verbinding", Connection);
        await CliRunner.RunAsync("school", "toevoegen", "--naam", "B", "--brin", "34CD", "--vestiging", "00", "--bestuur", "Maasland", "--verbinding", Connection);

        var result = await CliRunner.RunAsync("gebruiker", "toevoegen", "--naam", "bestuurder", "--rol", "coordinator",
            "--bestuur", "Maasland", "--verbinding", Connection);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bij bestuur Maasland", result.Output, StringComparison.Ordinal);
        await using var db = Open(_file);
        var user = await db.Users.SingleAsync(u => u.UserName == "bestuurder", TestContext.Current.CancellationToken);
        Assert.Equal((await db.Besturen.SingleAsync(TestContext.Current.CancellationToken)).Id, user.BestuurId);
    }

    [Fact]
    public async Task GebruikerToevoegen_UnknownBestuur_NamesTheKnownBesturen()
    {
        await CliRunner.RunAsync("migrate", "--verbinding", Connection);
        await CliRunner.RunAsync("school", "toevoegen", "--naam", "A", "--brin", "12AB", "--vestiging", "00", "--bestuur", "Maasland", "--verbinding", Connection);

        var result = await CliRunner.RunAsync("gebruiker", "toevoegen", "--naam", "x", "--rol", "mentor", "--bestuur", "Rijnland", "--verbinding", Connection);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Geen bestuur 'Rijnland'. Bekende besturen: Maasland.", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private static LeerwerkDbContext Open(string file)
    {
        var options = new DbContextOptionsBuilder<LeerwerkDbContext>().UseSqlite($"Data Source={file}").Options;
        return new LeerwerkDbContext(options, FixedSchoolScope.System);
    }
}
