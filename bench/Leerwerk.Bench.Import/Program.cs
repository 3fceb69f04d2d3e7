using System.Diagnostics;
using System.Globalization;
using Leerwerk.Bench;
using Leerwerk.Bench.Import;
using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Measures committing a LAS import of 100 000 new students (what "Doorvoeren" on /Leerlingen/Import runs: read the file,
// make the plan, store it all or nothing with the audit trail) against a raw prepared-statement insert of the same rows,
// each on a fresh database with the same school, on SQLite and (when LEERWERK_BENCH_POSTGRES names a server) on
// PostgreSQL, and checks the target (b) ≤ 3 × (a). A measurement, not a test: the exit code is 0.
var aantal = int.TryParse(Environment.GetEnvironmentVariable("LEERWERK_BENCH_RIJEN"), out var n) && n > 0 ? n : 100_000;
const int Herhalingen = 3;
const decimal Doel = 3m;

var nl = CultureInfo.GetCultureInfo("nl-NL");
var leerlingen = Lasbestand.Leerlingen(aantal);
var csv = Lasbestand.Csv(leerlingen);
var ouders = leerlingen.Count(l => l.OuderNaam is not null);
// Warm-up on a small file: JIT, tiered compilation and the providers' caches, before the first measured run.
var opwarmLeerlingen = Lasbestand.Leerlingen(Math.Min(aantal, 1_000));
var opwarmCsv = Lasbestand.Csv(opwarmLeerlingen);
Console.WriteLine(string.Create(nl, $"LAS-bestand: {aantal:N0} nieuwe leerlingen, {ouders:N0} met een ouder; CSV {csv.Length / 1024.0 / 1024.0:N1} MB"));

await MeasureAsync("SQLite", DatabaseSettings.Sqlite, () => $"Data Source={Path.Combine(Path.GetTempPath(), $"leerwerk-bench-import-{Guid.NewGuid():N}.db")}");
var postgres = Environment.GetEnvironmentVariable("LEERWERK_BENCH_POSTGRES");
if (!string.IsNullOrEmpty(postgres))
{
    await MeasureAsync("PostgreSQL", DatabaseSettings.Postgres, () => $"{postgres};Database=leerwerk_bench_import_{Guid.NewGuid():N}");
}
else
{
    Console.WriteLine("PostgreSQL overgeslagen: zet LEERWERK_BENCH_POSTGRES op een verbinding zonder Database=.");
}

Console.WriteLine($"belasting van de machine (load average 1 min): {Meting.LoadAverage()}");
return 0;

async Task MeasureAsync(string naam, string provider, Func<string> verbinding)
{
    var aanmaken = TimeSpan.Zero;
    double lezen = 0, opslaan = 0;

    // Every run on a database of its own, made with the real migrations and the one school (not measured).
    async Task<(double Ms, string Opgeslagen)> OpVerseDatabaseAsync(Func<ServiceProvider, int, Task<long>> werk, int verwacht)
    {
        (double, string) uitkomst = default;
        var klaarzetten = Stopwatch.StartNew();
        await BenchDatabases.OnAsync(provider, verbinding(), async services =>
        {
            var (_, schoolId, _) = await BenchDatabases.SeedAsync(services, Benchschool.SeedAsync);
            aanmaken += klaarzetten.Elapsed;
            var ms = await Meting.TimeAsync(() => werk(services, schoolId));
            uitkomst = (ms, await OpgeslagenAsync(services, verwacht));
        });
        return uitkomst;
    }

    // (a) the baseline: the same rows through prepared INSERTs in one transaction, as many rows per INSERT as is cheapest.
    var rijenPerInsert = provider == DatabaseSettings.Postgres ? KaleInvoer.RijenPerInsertPostgres : 1;
    Task<long> Kaal(ServiceProvider services, int schoolId, IReadOnlyList<BenchLeerling> rijen)
    {
        using var db = services.CreateSystemDbContext();
        return Task.FromResult(KaleInvoer.Schrijf(db.Database.GetDbConnection(), schoolId, rijen, rijenPerInsert));
    }

    // (b) what "Doorvoeren" runs after loading the kept file: read the CSV, check it and plan it against the school's
    // students, store the plan all or nothing (LeerlingenImport, the page's own code), in a context scoped to the school.
    async Task<long> Import(ServiceProvider services, int schoolId, byte[] bestand)
    {
        var options = services.GetRequiredService<DbContextOptions<LeerwerkDbContext>>();
        await using var db = new LeerwerkDbContext(options, FixedSchoolScope.ForSchools("importbench", schoolId));
        var stopwatch = Stopwatch.StartNew();
        var beoordeling = await LeerlingenImport.BekijkAsync(db, LasCsv.Lees(bestand), schoolId, Lasbestand.Vandaag, CancellationToken.None);
        if (beoordeling.Plan is null)
        {
            var eerste = beoordeling.Fouten[0];
            throw new InvalidOperationException($"Het benchbestand heeft {beoordeling.Fouten.Count} fouten; de eerste: regel {eerste.Row}, {eerste.Column}: {eerste.Message}");
        }

        lezen = stopwatch.Elapsed.TotalMilliseconds;
        await LeerlingenImport.VoerDoorAsync(db, beoordeling.Plan, schoolId, CancellationToken.None);
        opslaan = stopwatch.Elapsed.TotalMilliseconds - lezen;
        return beoordeling.Plan.Nieuw;
    }

    await OpVerseDatabaseAsync((s, id) => Kaal(s, id, opwarmLeerlingen), opwarmLeerlingen.Count);
    await OpVerseDatabaseAsync((s, id) => Import(s, id, opwarmCsv), opwarmLeerlingen.Count);
    aanmaken = TimeSpan.Zero;
    var a = new List<double>();
    var b = new List<double>();
    var bLezen = new List<double>();
    var bOpslaan = new List<double>();
    var opgeslagenA = string.Empty;
    var opgeslagenB = string.Empty;
    for (var i = 0; i < Herhalingen; i++)
    {
        (var ms, opgeslagenA) = await OpVerseDatabaseAsync((s, id) => Kaal(s, id, leerlingen), aantal);
        a.Add(ms);
        (ms, opgeslagenB) = await OpVerseDatabaseAsync((s, id) => Import(s, id, csv), aantal);
        b.Add(ms);
        bLezen.Add(lezen);
        bOpslaan.Add(opslaan);
    }

    var mediaanA = Meting.Median(a);
    var mediaanB = Meting.Median(b);
    var ratio = (decimal)(mediaanB / mediaanA);
    Console.WriteLine(string.Create(nl, $"{naam}: {aantal:N0} leerlingen, {ouders:N0} ouders; elke meting op een verse database (migraties + school samen {aanmaken.TotalSeconds:N1} s, niet gemeten)"));
    Console.WriteLine(string.Create(nl, $"  (a) kale invoer (ADO.NET, één transactie, voorbereide INSERT's van {rijenPerInsert:N0} {(rijenPerInsert == 1 ? "rij" : "rijen")}), {aantal + ouders:N0} rijen: mediaan {mediaanA:N0} ms  ({Join(a)})"));
    Console.WriteLine($"      opgeslagen: {opgeslagenA}");
    Console.WriteLine(string.Create(nl, $"  (b) LAS-import doorvoeren (LeerlingenImport: lezen + plan + opslaan met audit): mediaan {mediaanB:N0} ms  ({Join(b)})"));
    Console.WriteLine(string.Create(nl, $"      waarvan lezen, controleren en plan maken mediaan {Meting.Median(bLezen):N0} ms, opslaan mediaan {Meting.Median(bOpslaan):N0} ms"));
    Console.WriteLine($"      opgeslagen: {opgeslagenB}");
    Console.WriteLine(string.Create(nl, $"  verhouding (b)/(a) = {ratio:N2}×; doel ≤ {Doel:N0}×: {(ratio <= Doel ? "GEHAALD" : "NIET GEHAALD")}"));
}

// What a run left in the database; a run that stored fewer students than the file holds is no measurement.
async Task<string> OpgeslagenAsync(ServiceProvider services, int verwacht)
{
    await using var db = services.CreateSystemDbContext();
    var aantalLeerlingen = await db.Leerlingen.CountAsync();
    if (aantalLeerlingen != verwacht)
    {
        throw new InvalidOperationException($"Er zijn {aantalLeerlingen} leerlingen opgeslagen in plaats van {verwacht}.");
    }

    var aantalOuders = await db.Vertegenwoordigers.CountAsync();
    var audit = await db.Audit.CountAsync(e => e.EntityType == "Leerling" || e.EntityType == "WettelijkVertegenwoordiger");
    return string.Create(nl, $"{aantalLeerlingen:N0} leerlingen, {aantalOuders:N0} ouders, {audit:N0} auditregels");
}

string Join(List<double> values) => string.Join(" / ", values.Select(x => x.ToString("N0", nl)));
