using System.Globalization;
using Leerwerk.Bench;
using Leerwerk.Bench.StageUren;
using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Measures the stage-hours school overview (what /StageUren runs) for 1 000 LWT students with 160 000 entries,
// against a plain read of the same rows in the same run, on SQLite and (when LEERWERK_BENCH_POSTGRES names a
// server) on PostgreSQL, and checks the target (b) ≤ 3 × (a). A measurement, not a test: the exit code is 0.
const int Aantal = 1_000;
const int Herhalingen = 5;
const decimal Doel = 3m;

var nl = CultureInfo.GetCultureInfo("nl-NL");
await BenchDatabases.MeasureOnEachAsync("stageuren", MeasureAsync);
return 0;

async Task MeasureAsync(string naam, ServiceProvider services)
{
    var (regels, schoolId, aanmaken) = await BenchDatabases.SeedAsync(services, db => Benchschool.SeedAsync(db, Aantal, CancellationToken.None));

    Console.WriteLine(string.Create(nl, $"{naam}: {Aantal:N0} leerlingen, {regels:N0} urenregels (aanmaken {aanmaken.TotalSeconds:N1} s, niet gemeten)"));
    var options = services.GetRequiredService<DbContextOptions<LeerwerkDbContext>>();
    var scope = FixedSchoolScope.ForSchools("coordinator", schoolId);

    // (a) the same rows without any computing: students, placements and hour entries as entities, AsNoTracking.
    async Task<long> PlainSelect()
    {
        await using var db = new LeerwerkDbContext(options, scope);
        var students = await db.Leerlingen.AsNoTracking().ToListAsync();
        var placements = await db.Leerwerkovereenkomsten.AsNoTracking().ToListAsync();
        var hours = await db.StageUren.AsNoTracking().ToListAsync();
        return students.Count + placements.Count + hours.Count;
    }

    // (b) the school overview as the /StageUren page computes it, in a context scoped to the school.
    async Task<long> Overview()
    {
        await using var db = new LeerwerkDbContext(options, scope);
        var rows = await db.LoadStageUrenOverzichtAsync(Benchschool.Vandaag, CancellationToken.None);
        return rows.Count;
    }

    // (c) diagnostic: only the overview's in-memory part (count + forecast per student) on dossiers loaded once.
    List<Leerwerk.Domain.Dossiers.Dossier> dossiers;
    await using (var db = new LeerwerkDbContext(options, scope))
    {
        dossiers = await Dossiers.LaadAsync(db);
    }

    Task<long> InMemory() => Task.FromResult((long)dossiers.Count(d => StageUrenOverzicht.Rij(d, Benchschool.Vandaag) is not null));

    // Warm-up: JIT, tiered compilation, the providers' query caches.
    var gelezen = await PlainSelect();
    var rijen = await Overview();
    await InMemory();
    var a = new List<double>();
    var b = new List<double>();
    var c = new List<double>();
    for (var i = 0; i < Herhalingen; i++)
    {
        a.Add(await Meting.TimeAsync(PlainSelect));
        b.Add(await Meting.TimeAsync(Overview));
        c.Add(await Meting.TimeAsync(InMemory));
    }

    var mediaanA = Meting.Median(a);
    var mediaanB = Meting.Median(b);
    var ratio = (decimal)(mediaanB / mediaanA);
    Console.WriteLine(string.Create(nl, $"  (a) gewone SELECT (entiteiten, AsNoTracking), {gelezen:N0} rijen: mediaan {mediaanA:N0} ms  ({Join(a)})"));
    Console.WriteLine(string.Create(nl, $"  (b) schooloverzicht stageuren (LoadStageUrenOverzichtAsync), {rijen:N0} leerlingen: mediaan {mediaanB:N0} ms  ({Join(b)})"));
    Console.WriteLine(string.Create(nl, $"      waarvan rekenen in het geheugen (telling + prognose, apart gemeten): mediaan {Meting.Median(c):N0} ms  ({Join(c)})"));
    Console.WriteLine(string.Create(nl, $"  verhouding (b)/(a) = {ratio:N2}×; doel ≤ {Doel:N0}×: {(ratio <= Doel ? "GEHAALD" : "NIET GEHAALD")}"));
}

string Join(List<double> values) => string.Join(" / ", values.Select(x => x.ToString("N0", nl)));
