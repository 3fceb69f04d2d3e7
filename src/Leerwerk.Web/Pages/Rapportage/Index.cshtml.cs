using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Rapportage;

/// <summary>
/// The school's LWT in numbers: students per profiel and leerjaar with the LWT vakcode they are
/// registered with (rule A7) beside the national count of 2019–2020 (bijlage 05), the trend per school year, a bar
/// chart, hosting companies per profiel, agreements per status, and the counts as CSV/XLSX. Everything counts the schools
/// in the user's scope (ADR 0005), so a board user counts every school of the bestuur; the beheerder of the installation
/// (a beheerder of every school and of no bestuur) counts the whole installation. With more than one school the page
/// also shows the counts per school and their total.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock, AccountBootstrapper accounts, UserManager<LeerwerkUser> users) : PageModel
{
    public const string GrafiekLabelId = "telling-grafiek-zin";

    public IReadOnlyList<ProfielRow> Profielen { get; private set; } = [];

    public IReadOnlyList<LwtTelling.JaarRij> Trend { get; private set; } = [];

    public string Grafiek { get; private set; } = "";

    /// <summary>What the counts cover: "uw school", "de scholen van uw bestuur", "alle scholen van de installatie".</summary>
    public string Bereik { get; private set; } = "";

    public IReadOnlyList<(LeerwerkovereenkomstStatus Status, int Count)> Leerwerkovereenkomsten { get; private set; } = [];

    /// <summary>The counts per school, when the user sees more than one school (a board user); else empty.</summary>
    public IReadOnlyList<SchoolRow> Scholen { get; private set; } = [];

    private IReadOnlyList<LwtTelling.ProfielRij> Telling { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var today = await LoadAsync(ct);
        return File(TellingExport.Csv(Telling), "text/csv; charset=utf-8", TellingExport.FileName(today, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var today = await LoadAsync(ct);
        return File(TellingExport.Xlsx(Telling), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TellingExport.FileName(today, "xlsx"));
    }

    private async Task<DateOnly> LoadAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var user = await users.GetUserAsync(User);
        var installatie = user is not null && await accounts.IsInstallationAdministratorAsync(user, ct);
        Bereik = installatie ? "alle scholen van de installatie" : user?.BestuurId is not null ? "de scholen van uw bestuur" : "uw school";

        // The installation's beheerder belongs to every school, so the filter would pass all of them anyway; leaving it
        // out says what is meant: the whole installation, also a school added since the login.
        var leerlingen = installatie ? db.Leerlingen.IgnoreQueryFilters() : db.Leerlingen;
        var all = await leerlingen.AsNoTracking().Include(l => l.Routes).ToListAsync(ct);
        // The students at school today: one who left (uitstroom) is counted nowhere, and so is not an erased one.
        var students = all.Where(l => !l.IsUitgestroomdOp(today)).ToList();
        var lwt = students.Where(s => s.RouteOn(today) == Leerroute.LeerWerktraject).ToList();
        var erkenningen = await db.Erkenningen.AsNoTracking()
            .Where(e => e.IsLwt && e.WithdrawnOn == null)
            .Select(e => new { e.ProfielCode, e.LeerbedrijfId, e.SchoolId })
            .ToListAsync(ct);

        Telling = LwtTelling.PerProfiel(all, today);
        Profielen = [.. Telling.Select(t => new ProfielRow(t,
            erkenningen.Where(e => e.ProfielCode == t.Profiel.Code).Select(e => e.LeerbedrijfId).Distinct().Count()))];
        Trend = LwtTelling.Trend(all, today);
        Grafiek = TellingGrafiek.Svg(Telling, GrafiekLabelId);

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
        return today;
    }

    public sealed record SchoolRow(string Name, int Leerlingen, int LwtLeerlingen, int Companies, int Leerwerkovereenkomsten);

    /// <summary>A profiel's counts with the leerbedrijven holding an LWT erkenning for it.</summary>
    public sealed record ProfielRow(LwtTelling.ProfielRij Telling, int Companies)
    {
        public Domain.Profielen.Profiel Profiel => Telling.Profiel;
    }
}
