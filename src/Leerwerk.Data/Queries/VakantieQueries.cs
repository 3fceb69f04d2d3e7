using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Queries;

/// <summary>The national school holidays a school year's calendar starts from: built in, or entered by the beheerder.</summary>
public static class VakantieQueries
{
    /// <summary>The holidays of <paramref name="regio"/> in <paramref name="schooljaar"/> (<see cref="Schoolvakanties.Van(Regio, int, IEnumerable{LandelijkeVakantie})"/>).</summary>
    public static async Task<IReadOnlyList<Schoolvakantie>> LoadSchoolvakantiesAsync(this LeerwerkDbContext db, Regio regio, int schooljaar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ingevoerd = await db.LandelijkeVakanties.AsNoTracking()
            .Where(v => v.Regio == regio && v.Schooljaar == schooljaar)
            .ToListAsync(ct);
        return Schoolvakanties.Van(regio, schooljaar, ingevoerd);
    }
}
