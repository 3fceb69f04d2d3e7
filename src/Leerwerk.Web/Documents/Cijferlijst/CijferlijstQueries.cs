using Leerwerk.Data;
using Leerwerk.Web.Pages.Examen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Documents.Cijferlijst;

/// <summary>
/// Loads the cijferlijsten of the exam candidates in the user's schools (the context's school filter scopes it, so a
/// candidate of another school is not found) from the one cohort load of uitslagdag (<see cref="Cohort.LoadAsync"/>):
/// the result judged now from the stored grades, and the vastgestelde uitslag when there is one.
/// </summary>
public static class CijferlijstQueries
{
    /// <summary>The lists of the given candidates, or of every candidate when <paramref name="ids"/> is null; ordered by name.</summary>
    public static async Task<List<Cijferlijst>> LoadAsync(LeerwerkDbContext db, IReadOnlyCollection<int>? ids, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rijen = await Cohort.LoadAsync(db, today, ids, ct);
        var schoolIds = rijen.Select(r => r.Leerling.SchoolId).Distinct().ToList();
        var scholen = await db.Scholen.AsNoTracking().Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return [.. rijen.Select(rij =>
        {
            // The date of the uitslag is the date it was vastgesteld, when that decision still holds (same result, grades
            // unchanged since); otherwise the list shows the state of today and says the uitslag is not vastgesteld.
            var besluit = rij.Vastgesteld is { } v && !rij.Verouderd && v.Status == rij.Uitslag.Status ? v : null;
            var datum = besluit is null ? today : DateOnly.FromDateTime(besluit.VastgesteldOp);
            return Cijferlijst.From(scholen[rij.Leerling.SchoolId], rij.Leerling, rij.Kandidaat, rij.Uitslag, datum, vastgesteld: besluit is not null);
        })];
    }
}
