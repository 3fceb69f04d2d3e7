using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

/// <summary>
/// Deterministic random candidates (System.Random with a seed): BB and LWT, LWT candidates with a complete BB exam,
/// three to six keuzevakken with any whole grade, subjects marked extra or in another part, missing grades,
/// herkansingen, missing LO/kunstvakken and rekenen. Every grade is valid input (UB 3.13).
/// </summary>
internal static class GegenereerdeKandidaten
{
    public static IEnumerable<Kandidaat> Maak(int aantal, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < aantal; i++)
        {
            yield return Een(random, $"G{i}");
        }
    }

    private static Kandidaat Een(Random r, string id)
    {
        var route = r.Next(2) == 0 ? UitslagRegeling.Bb : UitslagRegeling.Lwt;
        var bbVakken = route == UitslagRegeling.Bb || r.Next(3) == 0;
        decimal Tiende() => r.Next(10, 101) / 10m;
        decimal? Soms(decimal cijfer) => r.Next(50) == 0 ? null : cijfer;
        VakDeel? Deel(VakDeel deel) => r.Next(15) == 0 ? VakDeel.Extra : deel;
        KandidaatVak MetCe(string naam, VakSoort soort, VakDeel? deel) =>
            new(naam, soort, deel, Soms(Tiende()), Soms(Tiende()), r.Next(10) == 0 ? Tiende() : null);

        var vakken = new List<KandidaatVak>
        {
            MetCe("nederlands", VakSoort.Nederlands, Deel(VakDeel.Gemeenschappelijk)),
            MetCe("profielvak", VakSoort.Profielvak, Deel(VakDeel.Profieldeel)),
        };
        var keuzevakken = r.Next(3, 7);
        for (var k = 1; k <= keuzevakken; k++)
        {
            vakken.Add(new($"keuzevak {k}", VakSoort.Keuzevak, Deel(VakDeel.Vrij), Soms(r.Next(1, 11)), null));
        }

        var wiskunde = bbVakken && r.Next(4) != 0;
        if (bbVakken)
        {
            vakken.Add(MetCe("engels", VakSoort.Engels, Deel(VakDeel.Gemeenschappelijk)));
            vakken.Add(new("maatschappijleer", VakSoort.Maatschappijleer, Deel(VakDeel.Gemeenschappelijk), Soms(r.Next(3, 11)), null));
            vakken.Add(MetCe("biologie", VakSoort.Avo, r.Next(10) == 0 ? VakDeel.Vrij : Deel(VakDeel.Profieldeel)));
            vakken.Add(wiskunde
                ? MetCe("wiskunde", VakSoort.Wiskunde, Deel(VakDeel.Profieldeel))
                : MetCe("geschiedenis", VakSoort.Avo, Deel(VakDeel.Profieldeel)));
        }

        if (!wiskunde && r.Next(10) != 0)
        {
            vakken.Add(new("rekenen", VakSoort.Rekenen, null, Tiende(), null));
        }

        if (r.Next(6) == 0)
        {
            vakken.Add(MetCe("economie", VakSoort.Avo, VakDeel.Extra));
        }

        Beoordeling? Oordeel() => r.Next(8) switch
        {
            0 => null,
            1 => Beoordeling.Onvoldoende,
            2 or 3 or 4 => Beoordeling.Voldoende,
            _ => Beoordeling.Goed,
        };
        return bbVakken
            ? new(id, route, vakken, Oordeel(), Oordeel())
            : new(id, route, vakken, null, null);
    }
}
