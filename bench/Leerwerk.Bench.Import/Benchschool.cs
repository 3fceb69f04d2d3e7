using Leerwerk.Data;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Bench.Import;

/// <summary>The one school the students are imported into; seeded on every fresh database, not measured.</summary>
internal static class Benchschool
{
    public static async Task<int> SeedAsync(LeerwerkDbContext db)
    {
        db.Scholen.Add(new School
        {
            Name = "Vmbo Importbenchmark",
            BevoegdGezag = "Stichting Benchmark",
            Brin = "99ZX",
            Vestiging = "00",
            Regio = Regio.Midden,
            City = "Culemborg",
        });
        return await db.SaveChangesAsync();
    }
}
