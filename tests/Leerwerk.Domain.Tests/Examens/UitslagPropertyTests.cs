using CsCheck;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class UitslagPropertyTests
{
    private static readonly Gen<Kandidaat> Kandidaten =
        Gen.Select(Gen.Int[30, 95].Array[12], Gen.Int[2, 10].Array[6], Gen.Int[0, 255])
            .Select((tienden, hele, keuze) => Maak(tienden, hele, keuze));

    [Fact]
    public void Bepaal_RaisingAnySingleGrade_NeverTurnsGeslaagdIntoAfgewezen() =>
        Gen.Select(Kandidaten, Gen.Int[0, 11], Gen.Int[1, 30], Gen.Bool).Sample((kandidaat, index, stap, ce) =>
        {
            var voor = UitslagBepaling.Bepaal(kandidaat);
            var vak = kandidaat.Vakken[index % kandidaat.Vakken.Count];
            var hoger = kandidaat.With(vak.Name, v => Verhoog(v, stap, ce));
            var na = UitslagBepaling.Bepaal(hoger);
            return voor.Status != UitslagStatus.Geslaagd || na.Status == UitslagStatus.Geslaagd;
        });

    [Fact]
    public void Bepaal_SubjectOrder_DoesNotChangeTheResult() =>
        Gen.Select(Kandidaten, Gen.Int[0, int.MaxValue]).Sample((kandidaat, seed) =>
        {
            var random = new Random(seed);
            var geschud = kandidaat with { Vakken = [.. kandidaat.Vakken.OrderBy(_ => random.Next())] };
            var a = UitslagBepaling.Bepaal(kandidaat);
            var b = UitslagBepaling.Bepaal(geschud);
            return a.Status == b.Status
                && a.ToegepasteRegeling == b.ToegepasteRegeling
                && a.Combinatiecijfer == b.Combinatiecijfer
                && a.CeGemiddelde == b.CeGemiddelde
                && a.Eindcijfers.ToHashSet().SetEquals(b.Eindcijfers)
                && a.LeftOut.ToHashSet().SetEquals(b.LeftOut);
        });

    [Fact]
    public void Bepaal_EveryAfgewezen_HasAnUnmetLegalReasonWithACitation() =>
        Kandidaten.Sample(kandidaat =>
        {
            var uitslag = UitslagBepaling.Bepaal(kandidaat);
            return uitslag.Status != UitslagStatus.Afgewezen || uitslag.Redenen.Any(r =>
                !r.Met && r.Kind == RuleKind.Moet && r.Severity == Severity.Error
                && !string.IsNullOrWhiteSpace(r.Citation.Current) && r.Citation.Source.IsAbsoluteUri);
        });

    [Fact]
    public void Kandidaten_Generator_CoversEveryOutcomeAndBothRules()
    {
        var gezien = new System.Collections.Concurrent.ConcurrentDictionary<(UitslagStatus, UitslagRegeling), bool>();
        Kandidaten.Sample(kandidaat =>
        {
            var uitslag = UitslagBepaling.Bepaal(kandidaat);
            gezien[(uitslag.Status, uitslag.ToegepasteRegeling)] = true;
        }, iter: 2000);

        Assert.Contains((UitslagStatus.Geslaagd, UitslagRegeling.Bb), gezien.Keys);
        Assert.Contains((UitslagStatus.Afgewezen, UitslagRegeling.Bb), gezien.Keys);
        Assert.Contains((UitslagStatus.Geslaagd, UitslagRegeling.Lwt), gezien.Keys);
        Assert.Contains((UitslagStatus.Afgewezen, UitslagRegeling.Lwt), gezien.Keys);
        Assert.Contains((UitslagStatus.Onvolledig, UitslagRegeling.Lwt), gezien.Keys);
    }

    /// <summary>A BB candidate, an LWT candidate with the minimum, or an LWT candidate with a full BB exam, with or without an extra subject.</summary>
    private static Kandidaat Maak(int[] tienden, int[] hele, int keuze)
    {
        decimal T(int i) => tienden[i] / 10m;
        var vorm = keuze % 3;
        var lo = (Beoordeling)((keuze / 3) % 3);
        var kunst = (Beoordeling)((keuze / 9) % 3);
        var vakken = new List<KandidaatVak>
        {
            A.Vak("nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk, T(0), T(1)),
            A.Vak("profielvak", VakSoort.Profielvak, VakDeel.Profieldeel, T(2), T(3)),
            A.Vak("keuzevak 1", VakSoort.Keuzevak, VakDeel.Vrij, hele[0]),
            A.Vak("keuzevak 2", VakSoort.Keuzevak, VakDeel.Vrij, hele[1]),
            A.Vak("keuzevak 3", VakSoort.Keuzevak, VakDeel.Vrij, hele[2]),
            A.Vak("keuzevak 4", VakSoort.Keuzevak, VakDeel.Vrij, hele[3]),
        };
        if (vorm != 1)
        {
            vakken.Add(A.Vak("engels", VakSoort.Engels, VakDeel.Gemeenschappelijk, T(4), T(5)));
            vakken.Add(A.Vak("maatschappijleer", VakSoort.Maatschappijleer, VakDeel.Gemeenschappelijk, hele[4] + 0.25m));
            vakken.Add(A.Vak("biologie", VakSoort.Avo, VakDeel.Profieldeel, T(6), T(7)));
            vakken.Add(A.Vak("wiskunde", VakSoort.Wiskunde, VakDeel.Profieldeel, T(8), T(9)));
        }
        else if (keuze % 2 == 0)
        {
            vakken.Add(A.Vak("rekenen", VakSoort.Rekenen, null, hele[5]));
        }

        if (keuze >= 128)
        {
            vakken.Add(A.Vak("economie", VakSoort.Avo, VakDeel.Extra, T(10), T(11)));
        }

        var route = vorm == 0 ? UitslagRegeling.Bb : UitslagRegeling.Lwt;
        return new Kandidaat($"P{keuze}", route, vakken, lo, kunst);
    }

    private static KandidaatVak Verhoog(KandidaatVak vak, int stap, bool ce)
    {
        if (vak.HeeftCe && ce)
        {
            return vak with { Ce = Math.Min(10m, vak.Ce!.Value + (stap / 10m)) };
        }

        var plus = vak.HeeftCe ? stap / 10m : stap % 4;
        return vak with { Se = Math.Min(10m, vak.Se!.Value + plus) };
    }
}
