using Leerwerk.Domain.Scholen;

namespace Leerwerk.Data.Demo;

/// <summary>The demo school's offered keuzevakken: every profielmodule its students take, recorded with its profiel.</summary>
internal static class DemoKeuzevakken
{
    public static List<AangebodenKeuzevak> Create(int schoolId) =>
        DemoGrades.Keuzevakken
            .SelectMany(p => p.Value.Select(name => (Profiel: p.Key, Name: name)))
            .DistinctBy(k => k.Name)
            .Select(k => new AangebodenKeuzevak { SchoolId = schoolId, Name = k.Name, ProfielCode = k.Profiel })
            .ToList();

    /// <summary>The profielen the demo school offers: those of its keuzevakken.</summary>
    public static List<AangebodenProfiel> Profielen(int schoolId) =>
        DemoGrades.Keuzevakken.Keys.Select(code => new AangebodenProfiel { SchoolId = schoolId, ProfielCode = code }).ToList();
}
