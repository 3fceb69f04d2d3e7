using System.Diagnostics;
using System.Globalization;
using Leerwerk.Bench.Uitslag;
using Leerwerk.Cli.Uitslag;
using Leerwerk.Domain.Examens;

// Measures leerwerk uitslag on 100 000 generated candidates: (a) only parsing the file into candidates,
// (b) parse + judge + serialize the output, in the same run, and checks the target (b) ≤ 1,5 × (a).
const int Aantal = 100_000;
const int Herhalingen = 5;
const decimal Doel = 1.5m;

var nl = CultureInfo.GetCultureInfo("nl-NL");
var pad = Path.Combine(Path.GetTempPath(), "leerwerk-bench-uitslag.json");
File.WriteAllBytes(pad, Kandidatenbestand.Maak(Aantal, seed: 2026));
Console.WriteLine(string.Create(nl, $"{Aantal:N0} kandidaten, {new FileInfo(pad).Length / 1024d / 1024d:N1} MB JSON in {pad}"));

long uitvoer = 0;
var fasen = new double[3];
long Parse()
{
    var invoer = InvoerBestand.Lees(pad, () => Stream.Null);
    return invoer.Kandidaten.Count;
}

long ParseJudgeSerialize()
{
    var stopwatch = Stopwatch.StartNew();
    var invoer = InvoerBestand.Lees(pad, () => Stream.Null);
    fasen[0] += stopwatch.Elapsed.TotalMilliseconds;
    var uitslagen = UitslagRunner.Bepaal(invoer.Kandidaten, UitslagSettings.Default);
    fasen[1] += stopwatch.Elapsed.TotalMilliseconds;
    using var buffer = new MemoryStream();
    UitslagJson.Schrijf(buffer, uitslagen);
    fasen[2] += stopwatch.Elapsed.TotalMilliseconds;
    uitvoer = buffer.Length;
    return uitslagen.Count(u => u.Status == UitslagStatus.Geslaagd);
}

// Warm-up: JIT and tiered compilation of both paths.
Parse();
ParseJudgeSerialize();

Array.Clear(fasen);
var a = new List<double>();
var b = new List<double>();
for (var i = 0; i < Herhalingen; i++)
{
    a.Add(Measure(Parse));
    b.Add(Measure(ParseJudgeSerialize));
}

var mediaanA = Median(a);
var mediaanB = Median(b);
var ratio = (decimal)(mediaanB / mediaanA);
Console.WriteLine(string.Create(nl, $"(a) alleen inlezen:                     mediaan {mediaanA:N0} ms  ({string.Join(" / ", a.Select(x => x.ToString("N0", nl)))})"));
Console.WriteLine(string.Create(nl, $"(b) inlezen + beoordelen + uitschrijven: mediaan {mediaanB:N0} ms  ({string.Join(" / ", b.Select(x => x.ToString("N0", nl)))}); uitvoer {uitvoer / 1024d / 1024d:N1} MB"));
Console.WriteLine(string.Create(nl, $"    waarvan gemiddeld: inlezen {fasen[0] / Herhalingen:N0} ms, beoordelen {(fasen[1] - fasen[0]) / Herhalingen:N0} ms, uitschrijven {(fasen[2] - fasen[1]) / Herhalingen:N0} ms"));
Console.WriteLine(string.Create(nl, $"verhouding (b)/(a) = {ratio:N2}×; doel ≤ {Doel:N1}×: {(ratio <= Doel ? "GEHAALD" : "NIET GEHAALD")}"));
File.Delete(pad);
return 0;

static double Measure(Func<long> work)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var stopwatch = Stopwatch.StartNew();
    GC.KeepAlive(work());
    return stopwatch.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
