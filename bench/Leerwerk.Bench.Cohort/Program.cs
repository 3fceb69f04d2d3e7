using System.Globalization;
using Leerwerk.Bench;
using Leerwerk.Bench.Cohort;
using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Examens;
using Leerwerk.Web.Pages.Examen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Measures recomputing the uitslagdag cohort from the database (what /Examen/Uitslagdag runs: Cohort.LoadAsync) for
// 2 000 candidates, against loading the same rows alone in the same run, on SQLite and (when LEERWERK_BENCH_POSTGRES
// names a server) on PostgreSQL, and checks the target (b) ≤ 2 × (a). A measurement, not a test: the exit code is 0.
var aantal = int.TryParse(Environment.GetEnvironmentVariable("LEERWERK_BENCH_KANDIDATEN"), out var n) ? n : 2_000;
const int Herhalingen = 7;
const decimal Doel = 2m;

var nl = CultureInfo.GetCultureInfo("nl-NL");
await BenchDatabases.MeasureOnEachAsync("cohort", MeasureAsync);
return 0;

async Task MeasureAsync(string naam, ServiceProvider services)
{
    var (vakken, schoolId, aanmaken) = await BenchDatabases.SeedAsync(services, db => Examenschool.SeedAsync(db, aantal, CancellationToken.None));

    Console.WriteLine(string.Create(nl, $"{naam}: {aantal:N0} kandidaten, {vakken:N0} vakken met cijfers (aanmaken {aanmaken.TotalSeconds:N1} s, niet gemeten)"));
    var options = services.GetRequiredService<DbContextOptions<LeerwerkDbContext>>();
    var scope = FixedSchoolScope.ForSchools("examensecretaris", schoolId);
    var schooljaar = Leerwerk.Domain.Kalender.Schoolkalender.SchooljaarVan(Examenschool.Vandaag);

    // (a) the same rows without any computing: the candidates with their subjects and route decisions (the page's
    // query, AsNoTracking) and the vaststellingen of this school year.
    async Task<long> AlleenLaden()
    {
        await using var db = new LeerwerkDbContext(options, scope);
        var students = await ExamenKandidaten.LoadAsync(db, null, CancellationToken.None);
        var ids = students.Select(s => s.Id).ToList();
        var vastgesteld = await db.UitslagVaststellingen.AsNoTracking()
            .Where(v => v.Schooljaar == schooljaar && ids.Contains(v.LeerlingId)).ToListAsync();
        return students.Count + vastgesteld.Count;
    }

    // (b) what the cohort screen does: the same load, then every candidate judged and each vaststelling compared.
    var statussen = new Dictionary<UitslagStatus, int>();
    async Task<long> Herberekenen()
    {
        await using var db = new LeerwerkDbContext(options, scope);
        var rijen = await Cohort.LoadAsync(db, Examenschool.Vandaag, null, CancellationToken.None);
        statussen = rijen.GroupBy(r => r.Uitslag.Status).ToDictionary(g => g.Key, g => g.Count());
        return rijen.Count + rijen.Count(r => r.Verouderd);
    }

    // Warm-up: JIT, tiered compilation, the providers' query caches.
    var geladen = await AlleenLaden();
    await Herberekenen();
    var a = new List<double>();
    var b = new List<double>();
    for (var i = 0; i < Herhalingen; i++)
    {
        a.Add(await Meting.TimeAsync(AlleenLaden));
        b.Add(await Meting.TimeAsync(Herberekenen));
    }

    var mediaanA = Meting.Median(a);
    var mediaanB = Meting.Median(b);
    var ratio = (decimal)(mediaanB / mediaanA);
    var mix = string.Join(", ", statussen.OrderBy(s => s.Key).Select(s => string.Create(nl, $"{s.Key} {s.Value:N0}")));
    Console.WriteLine(string.Create(nl, $"  (a) alleen laden (kandidaten met vakken en routes, vaststellingen; AsNoTracking), {geladen:N0} kandidaten + vaststellingen: mediaan {mediaanA:N0} ms  ({Join(a)})"));
    Console.WriteLine(string.Create(nl, $"  (b) cohort herberekenen (Cohort.LoadAsync: laden + beoordelen + vergelijken): mediaan {mediaanB:N0} ms  ({Join(b)})"));
    Console.WriteLine($"      uitslagen: {mix}");
    Console.WriteLine(string.Create(nl, $"  verhouding (b)/(a) = {ratio:N2}×; doel ≤ {Doel:N0}×: {(ratio <= Doel ? "GEHAALD" : "NIET GEHAALD")}"));
}

string Join(List<double> values) => string.Join(" / ", values.Select(x => x.ToString("N0", nl)));
