using Leerwerk.Data;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Cli.Tests;

/// <summary><c>leerwerk migrate</c>, <c>demo</c> and <c>gebruiker toevoegen</c> on a real SQLite file.</summary>
public sealed class DatabaseCommandsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"leerwerk_cli_{Guid.NewGuid():N}.db");

    private string Connection => $"Data Source={_file}";

    [Fact]
    public async Task Migrate_NewFile_AppliesMigrationsThenHasNothingLeft()
    {
        var first = await CliRunner.RunAsync("migrate", "--verbinding", Connection);
        var second = await CliRunner.RunAsync("migrate", "--verbinding", Connection);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("migratie(s) toegepast", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("geen migraties open", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SameDateTwice_LoadsOnceWithSixtyLwtStudentsOneRefusedAndOneGraduate()
    {
        var first = await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection);
        var second = await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("geladen", first.Output, StringComparison.Ordinal);
        Assert.Contains("stond al in de database", second.Output, StringComparison.Ordinal);
        await using var db = Open(_file);
        // 60 LWT students, the one refused for the LWT and last year's graduate who left (docs/demo.md).
        Assert.Equal(62, await db.Leerlingen.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(20, await db.Leerbedrijven.CountAsync(TestContext.Current.CancellationToken));
        Assert.True(await db.StageUren.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Demo_SameDateInTwoDatabases_GivesTheSameStudentsAndHours()
    {
        var other = Path.Combine(Path.GetTempPath(), $"leerwerk_cli_{Guid.NewGuid():N}.db");
        try
        {
            await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection);
            await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", $"Data Source={other}");

            Assert.Equal(await SnapshotAsync(_file), await SnapshotAsync(other));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(other);
        }
    }

    [Fact]
    public async Task Demo_BadDate_GivesDutchMessageAndExitCode2()
    {
        var result = await CliRunner.RunAsync("demo", "--datum", "30-11-2026", "--verbinding", Connection);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("geen geldige datum", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GebruikerToevoegen_ValidRole_CreatesUserWithOneTimePassword()
    {
        await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection);

        var result = await CliRunner.RunAsync("gebruiker", "toevoegen", "--naam", "pietersen", "--rol", "coordinator",
            "--school", DemoSchool.Brin, "--verbinding", Connection);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Eenmalig wachtwoord: ", result.Output, StringComparison.Ordinal);
        await using var db = Open(_file);
        var user = await db.Users.SingleAsync(u => u.UserName == "pietersen", TestContext.Current.CancellationToken);
        Assert.Single(await db.UserSchools.Where(s => s.UserId == user.Id).ToListAsync(TestContext.Current.CancellationToken));
        var roleId = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("coördinator", (await db.Roles.SingleAsync(r => r.Id == roleId, TestContext.Current.CancellationToken)).Name);
    }

    [Theory]
    [InlineData("directeur", "Onbekende rol 'directeur'")]
    public async Task GebruikerToevoegen_UnknownRole_GivesDutchMessage(string role, string message)
    {
        await CliRunner.RunAsync("migrate", "--verbinding", Connection);

        var result = await CliRunner.RunAsync("gebruiker", "toevoegen", "--naam", "x", "--rol", role, "--verbinding", Connection);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GebruikerToevoegen_UnknownSchool_NamesTheKnownSchools()
    {
        await CliRunner.RunAsync("demo", "--datum", "2026-11-30", "--verbinding", Connection);

        var result = await CliRunner.RunAsync("gebruiker", "toevoegen", "--naam", "x", "--rol", "mentor", "--school", "00ZZ", "--verbinding", Connection);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Geen school met BRIN 00ZZ", result.Error, StringComparison.Ordinal);
        Assert.Contains(DemoSchool.Brin, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_PostgresUnreachable_GivesDutchMessageAndExitCode3()
    {
        var result = await CliRunner.RunAsync("migrate", "--provider", "Postgres",
            "--verbinding", "Host=127.0.0.1;Port=1;Username=leerwerk;Timeout=3");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("PostgreSQL op 127.0.0.1:1", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_SqliteFolderNotWritable_GivesDutchMessageAndExitCode3()
    {
        var result = await CliRunner.RunAsync("migrate", "--verbinding", "Data Source=/proc/leerwerk/leerwerk.db");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("SQLite-bestand", result.Error, StringComparison.Ordinal);
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

    private static async Task<string> SnapshotAsync(string file)
    {
        await using var db = Open(file);
        var students = (await db.Leerlingen.OrderBy(l => l.Leerlingnummer).ToListAsync(TestContext.Current.CancellationToken))
            .Select(l => $"{l.Leerlingnummer}{l.FullName}{l.BirthDate:yyyy-MM-dd}");
        var hours = await db.StageUren.CountAsync(TestContext.Current.CancellationToken);
        return string.Join("|", students) + "#" + hours.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
