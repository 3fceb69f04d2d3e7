using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Queries;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Cli.Tests;

/// <summary>
/// <c>leerwerk demo --schalen N</c> on real SQLite files: the same seed gives the same board (counts and checksum),
/// another seed another one; what it wrote is what it says, every agreement state is there, and the whole board goes
/// through the worklist's evaluation (every dossier and every leerbedrijf judged) without an exception.
/// </summary>
public sealed class DemoBestuurTests : IDisposable
{
    private const string Datum = "2027-06-30";
    private readonly List<string> _files = [];

    [Fact]
    public async Task DemoSchalen_SameSeedTwice_SameBoardAndChecksum_OtherSeedDiffers()
    {
        var first = await GenerateAsync("7");
        var second = await GenerateAsync("7");
        var other = await GenerateAsync("8");

        Assert.Equal(0, first.Result.ExitCode);
        Assert.Equal(first.Result.Output, second.Result.Output);
        Assert.Contains("2 scholen, 40 LWT-leerlingen, 20 BB-leerlingen", first.Result.Output, StringComparison.Ordinal);
        Assert.NotEqual(Controlegetal(first.Result.Output), Controlegetal(other.Result.Output));
        Assert.Equal(await CountsAsync(first.File), await CountsAsync(second.File));
        Assert.Contains("stond al in de database", (await CliRunner.RunAsync(Args(first.File, "7"))).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSchalen_WritesWhatItSays_EveryAgreementState_AndTheWorklistEvaluatesIt()
    {
        var (file, result) = await GenerateAsync("2026");
        var ct = TestContext.Current.CancellationToken;

        await using var db = Open(file);
        var bestuur = await db.Besturen.SingleAsync(b => b.Name == DemoBestuur.BestuurNaam, ct);
        Assert.Equal(2, await db.Scholen.CountAsync(s => s.BestuurId == bestuur.Id, ct));
        var urenregels = await db.StageUren.CountAsync(ct);
        Assert.Contains($"{urenregels.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"))} urenregels", result.Output, StringComparison.Ordinal);
        // Two school years of hours: leerjaar-4 students have hours in both.
        Assert.True(await db.StageUren.AnyAsync(u => u.Date < new DateOnly(2026, 7, 1), ct));
        Assert.True(await db.StageUren.AnyAsync(u => u.Date > new DateOnly(2027, 6, 1), ct));
        var states = await db.Leerwerkovereenkomsten.Select(o => o.Status).Distinct().ToListAsync(ct);
        Assert.Equal(Enum.GetValues<LeerwerkovereenkomstStatus>().Order(), states.Order());
        Assert.True(await db.Vakken.AnyAsync(v => v.Se != null, ct));
        var coordinator = await db.Users.SingleAsync(u => u.UserName == DemoBestuur.CoordinatorUserName, ct);
        Assert.Equal(bestuur.Id, coordinator.BestuurId);

        // The worklist's evaluation (SchoolBevindingen): every dossier by DossierRules, every leerbedrijf by LeerbedrijfRules.
        var today = DateOnly.Parse(Datum, CultureInfo.InvariantCulture);
        var dossiers = await db.LoadDossiersAsync(db.Leerlingen, ct);
        var findings = dossiers.ToDictionary(d => d.Leerling.Id, d => DossierRules.Evaluate(d, today));
        var bedrijven = await db.Leerbedrijven.AsNoTracking().Include(b => b.Erkenningen).Include(b => b.Kwaliteitseisen).AsSplitQuery().ToListAsync(ct);
        await db.FillStageperiodenAsync(bedrijven, ct);
        var bedrijfFindings = bedrijven.SelectMany(b => LeerbedrijfRules.Evaluate(b, today)).ToList();

        Assert.Equal(60, dossiers.Count);
        Assert.Equal(40, bedrijven.Count);
        // Lawful-ish: the demo's deliberate breaches are there, and not every student breaks a MOET rule. On the board's date (the
        // end of the second year) more do than in the demo school on its date; the output names the rules.
        var lwt = dossiers.Where(d => d.Leerling.Routes.Any(r => r.Route == Leerroute.LeerWerktraject)).ToList();
        var moet = lwt.Select(d => findings[d.Leerling.Id].Where(f => f.IsBlocking).Select(f => f.RuleId).Distinct().ToList()).ToList();
        var perRule = string.Join(", ", moet.SelectMany(r => r).GroupBy(r => r).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"));
        var withMoet = moet.Count(r => r.Count > 0);
        TestContext.Current.TestOutputHelper?.WriteLine($"LWT-leerlingen met een MOET-fout op {Datum}: {withMoet} van {lwt.Count} ({perRule})");
        Assert.True(withMoet is > 0 && withMoet < lwt.Count, $"LWT-leerlingen met een MOET-fout: {withMoet} van {lwt.Count} ({perRule})");
        Assert.Contains(bedrijfFindings, f => f.RuleId == "E5" || f.RuleId.StartsWith('F'));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.ForEach(File.Delete);
    }

    private async Task<(string File, (int ExitCode, string Output, string Error) Result)> GenerateAsync(string zaad)
    {
        var file = Path.Combine(Path.GetTempPath(), $"leerwerk_cli_{Guid.NewGuid():N}.db");
        _files.Add(file);
        return (file, await CliRunner.RunAsync(Args(file, zaad)));
    }

    // Two schools of twenty LWT students: enough for every deliberate case of the demo's building blocks (up to index 19).
    private static string[] Args(string file, string zaad) =>
        ["demo", "--schalen", "2", "--leerlingen", "20", "--zaad", zaad, "--datum", Datum, "--verbinding", $"Data Source={file}"];

    private static string Controlegetal(string output) =>
        output.Split('\n').Single(l => l.StartsWith("Controlegetal: ", StringComparison.Ordinal));

    private static async Task<string> CountsAsync(string file)
    {
        await using var db = Open(file);
        var ct = TestContext.Current.CancellationToken;
        var students = string.Join(",", await db.Leerlingen.OrderBy(l => l.SchoolId).ThenBy(l => l.Leerlingnummer)
            .Select(l => l.Leerlingnummer + l.ProfielCode + l.Leerjaar).ToListAsync(ct));
        var hours = (await db.StageUren.Select(u => u.Hours).ToListAsync(ct)).Sum();
        var agreements = await db.Leerwerkovereenkomsten.CountAsync(ct);
        var entries = await db.StageUren.CountAsync(ct);
        var audit = await db.Audit.CountAsync(ct);
        return string.Create(CultureInfo.InvariantCulture, $"{students}#{agreements}#{entries}#{hours}#{audit}");
    }

    private static LeerwerkDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<LeerwerkDbContext>().UseSqlite($"Data Source={file}").Options, FixedSchoolScope.System);
}
