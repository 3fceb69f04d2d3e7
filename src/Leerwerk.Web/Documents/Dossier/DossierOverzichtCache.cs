using Leerwerk.Data;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Documents.Dossier;

/// <summary>
/// The dossier page's <see cref="DossierOverzicht"/> (the dossier, every finding, the hours and the uitslag) kept per
/// student, set of schools and day while the schools' data versions are the same (ADR 0016): a dossier opened again
/// without a change in between is not loaded and judged again. Its own <see cref="VersionedResults"/>, so that many
/// dossiers viewed never push out a board's worklist. Whether the user may open the student is decided per request
/// before asking (<see cref="LeerlingToegang"/>), and the context's school filter decides what is found.
/// </summary>
public sealed class DossierOverzichtCache(TimeProvider clock) : IDisposable
{
    private readonly VersionedResults _kept = new(clock);

    public void Dispose() => _kept.Dispose();

    /// <summary>The student's overzicht as the context's schools see it on <paramref name="today"/>; null when not found.</summary>
    public Task<DossierOverzicht?> GetAsync(LeerwerkDbContext db, int leerlingId, DateOnly today, CancellationToken ct) =>
        _kept.GetAsync(db, $"dossier:{leerlingId}", today, c => DossierOverzicht.LoadAsync(db, leerlingId, today, c), ct);
}
