using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Pages.Examen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Documents.Cijferlijst;

/// <summary>
/// Loads the cijferlijsten of the exam candidates in the user's schools (the context's school filter scopes it, so a
/// candidate of another school is not found) and judges each with the uitslag engine, as the exam pages do.
/// </summary>
public static class CijferlijstQueries
{
    /// <summary>The lists of the given candidates, or of every candidate when <paramref name="ids"/> is null; ordered by name.</summary>
    public static async Task<List<Cijferlijst>> LoadAsync(LeerwerkDbContext db, IReadOnlyCollection<int>? ids, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var students = await ExamenKandidaten.LoadAsync(db, ids, ct);
        var schoolIds = students.Select(s => s.SchoolId).Distinct().ToList();
        var scholen = await db.Scholen.AsNoTracking().Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        // The date of the uitslag: today until the uitslag is vastgesteld and stored (Cijferlijst.UitslagDatum).
        var uitslagDatum = today;
        return [.. students.Select(student =>
        {
            var kandidaat = LeerlingKandidaat.From(student, today);
            return Cijferlijst.From(scholen[student.SchoolId], student, kandidaat, UitslagBepaling.Bepaal(kandidaat), uitslagDatum);
        })];
    }
}
