using Leerwerk.Data;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Profielen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Rapportage;

/// <summary>
/// The school's LWT in numbers: students per profiel and leerjaar with the LWT vakcode they are
/// registered with (rule A7), hosting companies per profiel, agreements per status.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ProfielRow> Profielen { get; private set; } = [];

    public IReadOnlyList<(LeerwerkovereenkomstStatus Status, int Count)> Leerwerkovereenkomsten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var students = await db.Leerlingen.AsNoTracking().Include(l => l.Routes).ToListAsync(ct);
        var lwt = students.Where(s => s.RouteOn(today) == Leerroute.LeerWerktraject).ToList();
        var erkenningen = await db.Erkenningen.AsNoTracking()
            .Where(e => e.IsLwt && e.WithdrawnOn == null)
            .Select(e => new { e.ProfielCode, e.LeerbedrijfId })
            .ToListAsync(ct);

        Profielen = Domain.Profielen.Profielen.All
            .Select(p => new ProfielRow(
                p,
                lwt.Count(s => s.ProfielCode == p.Code && s.Leerjaar == 3),
                lwt.Count(s => s.ProfielCode == p.Code && s.Leerjaar == 4),
                erkenningen.Where(e => e.ProfielCode == p.Code).Select(e => e.LeerbedrijfId).Distinct().Count()))
            .ToList();

        var statuses = await db.Leerwerkovereenkomsten.AsNoTracking().Select(o => o.Status).ToListAsync(ct);
        Leerwerkovereenkomsten = Enum.GetValues<LeerwerkovereenkomstStatus>()
            .Select(s => (s, statuses.Count(x => x == s)))
            .ToList();
    }

    public sealed record ProfielRow(Profiel Profiel, int Leerjaar3, int Leerjaar4, int Companies)
    {
        public int Total => Leerjaar3 + Leerjaar4;
    }
}
