using Leerwerk.Data;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages;

/// <summary>
/// The home page's figures for the schools a user sees: current LWT students (per leerjaar), leerbedrijven, active
/// leer-werkovereenkomsten, approved hours and days waiting for approval. For a board these read every student and
/// scan every hour entry of the board, so the page keeps them under the schools' data versions (ADR 0016) instead of
/// counting again on every view.
/// </summary>
public sealed record StartTellingen(int Leerlingen, int Leerjaar3, int Leerjaar4, int Leerbedrijven, int ActieveOvereenkomsten,
    decimal GoedgekeurdeUren, int UrenTeKeuren)
{
    public static async Task<StartTellingen> LoadAsync(LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var students = await db.Leerlingen.Include(l => l.Routes).AsNoTracking().ToListAsync(ct);
        // A student who left (uitstroom) is no current LWT student, whatever leerjaar was last recorded.
        var lwt = students.Where(s => s.RouteOn(today) == Leerroute.LeerWerktraject && !s.IsUitgestroomdOp(today)).ToList();
        return new StartTellingen(
            lwt.Count,
            lwt.Count(s => s.Leerjaar == 3),
            lwt.Count(s => s.Leerjaar == 4),
            await db.Leerbedrijven.CountAsync(ct),
            await db.Leerwerkovereenkomsten.CountAsync(o => o.Status == LeerwerkovereenkomstStatus.Actief, ct),
            await db.StageUren.Where(r => r.Status == UrenStatus.Goedgekeurd).SumAsync(r => r.Hours, ct),
            await db.StageUren.CountAsync(r => r.Status == UrenStatus.Ingevoerd, ct));
    }
}
