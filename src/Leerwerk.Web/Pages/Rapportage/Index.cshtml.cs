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
/// registered with (rule A7), hosting companies per profiel, agreements per status. Everything counts the schools in
/// the user's scope (ADR 0005), so a board user counts every school of the bestuur; with more than one school the
/// page also shows the counts per school and their total.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ProfielRow> Profielen { get; private set; } = [];

    public IReadOnlyList<(LeerwerkovereenkomstStatus Status, int Count)> Leerwerkovereenkomsten { get; private set; } = [];

    /// <summary>The counts per school, when the user sees more than one school (a board user); else empty.</summary>
    public IReadOnlyList<SchoolRow> Scholen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // The students at school today: one who left (uitstroom) is counted nowhere, and so is not an erased one.
        var students = await db.Leerlingen.AsNoTracking().Include(l => l.Routes)
            .Where(l => l.UitgestroomdOp == null || l.UitgestroomdOp > today)
            .ToListAsync(ct);
        var lwt = students.Where(s => s.RouteOn(today) == Leerroute.LeerWerktraject).ToList();
        var erkenningen = await db.Erkenningen.AsNoTracking()
            .Where(e => e.IsLwt && e.WithdrawnOn == null)
            .Select(e => new { e.ProfielCode, e.LeerbedrijfId, e.SchoolId })
            .ToListAsync(ct);

        Profielen = Domain.Profielen.Profielen.All
            .Select(p => new ProfielRow(
                p,
                lwt.Count(s => s.ProfielCode == p.Code && s.Leerjaar == 3),
                lwt.Count(s => s.ProfielCode == p.Code && s.Leerjaar == 4),
                erkenningen.Where(e => e.ProfielCode == p.Code).Select(e => e.LeerbedrijfId).Distinct().Count()))
            .ToList();

        var agreements = await db.Leerwerkovereenkomsten.AsNoTracking().Select(o => new { o.Status, o.SchoolId }).ToListAsync(ct);
        Leerwerkovereenkomsten = Enum.GetValues<LeerwerkovereenkomstStatus>()
            .Select(s => (s, agreements.Count(x => x.Status == s)))
            .ToList();

        var scholen = await db.Scholen.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        Scholen = scholen.Count < 2 ? [] : [.. scholen.Select(school => new SchoolRow(
            school.Name,
            students.Count(s => s.SchoolId == school.Id),
            lwt.Count(s => s.SchoolId == school.Id),
            erkenningen.Where(e => e.SchoolId == school.Id).Select(e => e.LeerbedrijfId).Distinct().Count(),
            agreements.Count(a => a.SchoolId == school.Id)))];
    }

    public sealed record SchoolRow(string Name, int Leerlingen, int LwtLeerlingen, int Companies, int Leerwerkovereenkomsten);

    public sealed record ProfielRow(Profiel Profiel, int Leerjaar3, int Leerjaar4, int Companies)
    {
        public int Total => Leerjaar3 + Leerjaar4;
    }
}
