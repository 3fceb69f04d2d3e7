using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Bevindingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>
/// The students of the user's schools, searchable by name or number and filtered by leerjaar, profiel, route and open
/// findings; each row counts the student's MOET errors and ADVIES warnings from the worklist's evaluation.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, VersionedResults results, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "leerjaar")]
    public int? Leerjaar { get; set; }

    [BindProperty(SupportsGet = true, Name = "profiel")]
    public string? Profiel { get; set; }

    [BindProperty(SupportsGet = true, Name = "route")]
    public Leerroute? Route { get; set; }

    /// <summary>"moet" (a MOET error), "advies" (an ADVIES warning, no MOET error) or "geen" (no open finding).</summary>
    [BindProperty(SupportsGet = true, Name = "bevindingen")]
    public string? BevindingFilter { get; set; }

    /// <summary>"uitgestroomd": only the students who left the school; otherwise (the default) only those still at school.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public bool Uitgestroomd => string.Equals(Status, "uitgestroomd", StringComparison.OrdinalIgnoreCase);

    /// <summary>"bevindingen": most MOET errors first, then most ADVIES warnings; otherwise by class and name.</summary>
    [BindProperty(SupportsGet = true, Name = "sorteer")]
    public string? Sorteer { get; set; }

    /// <summary>Rows per page: enough to scan a class or two, small enough that a school of any size stays one light page.</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = Paginering.Parameter)]
    public int? Pagina { get; set; }

    /// <summary>The rows of the current page, of the whole list filtered and sorted.</summary>
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Paginering Paginering { get; private set; } = Paginering.Van(1, 0, PageSize, "leerlingen");

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        var query = db.Leerlingen.ZichtbaarVoor(db, User);
        if (Leerjaar is not null)
        {
            query = query.Where(l => l.Leerjaar == Leerjaar);
        }

        // A student who left is no current student: only under the filter "uitgestroomd".
        query = Uitgestroomd
            ? query.UitgestroomdVoor(today)
            : query.OpSchoolOp(today);

        var profiel = Profielen.Find(Profiel);
        if (profiel is not null)
        {
            query = query.Where(l => l.ProfielCode == profiel.Code);
        }

        // The case-insensitive, accent-blind search is simplest and provider-independent in memory; only one page of
        // rows is shown, and the findings are judged for that page alone unless the list is filtered or sorted on them.
        var students = await query.Include(l => l.Routes).AsNoTracking().ToListAsync(ct);
        var search = Search?.Trim();
        var byClassThenName = StringComparer.Create(Nl.Culture, ignoreCase: true);
        var rows = students
            .Where(l => string.IsNullOrEmpty(search) || Matches(l.FullName, search) || Matches(l.Leerlingnummer, search))
            .Select(l => new Row(l, l.RouteOn(today), 0, 0))
            .Where(r => Route is null || r.Route == Route);
        var filter = BevindingFilter?.ToUpperInvariant();
        var opBevindingen = OpBevindingen || filter is "MOET" or "ADVIES" or "GEEN";
        if (opBevindingen)
        {
            var counts = await CountAsync(today, ct);
            rows = rows.Select(r => WithCounts(r, counts)).Where(r => filter switch
            {
                "MOET" => r.Moet > 0,
                "ADVIES" => r.Moet == 0 && r.Advies > 0,
                "GEEN" => r.Moet == 0 && r.Advies == 0,
                _ => true,
            });
        }

        var sorted = rows
            .OrderByDescending(r => OpBevindingen ? r.Moet : 0)
            .ThenByDescending(r => OpBevindingen ? r.Advies : 0)
            .ThenBy(r => r.Leerling.ClassName ?? string.Empty, byClassThenName)
            .ThenBy(r => r.Leerling.LastName, byClassThenName)
            .ThenBy(r => r.Leerling.FirstName, byClassThenName)
            .ToList();
        Paginering = Paginering.Van(Pagina, sorted.Count, PageSize, "leerlingen");
        Rows = Paginering.Deel(sorted);
        if (!opBevindingen)
        {
            var counts = await CountAsync(today, ct);
            Rows = [.. Rows.Select(r => WithCounts(r, counts))];
        }
    }

    // The counts of every student the user may see, from the worklist's judgement (kept while the data does not change);
    // a row looks up its own.
    private async Task<Dictionary<int, (int Moet, int Advies)>> CountAsync(DateOnly today, CancellationToken ct) =>
        (await SchoolBevindingen.ZichtbareLeerlingenAsync(db, results, User, today, ct))
            .Where(b => b.Gezien is null)
            .GroupBy(b => b.OnderwerpId)
            .ToDictionary(g => g.Key, g => (Moet: g.Count(b => b.Finding.Kind == RuleKind.Moet), Advies: g.Count(b => b.Finding.Kind == RuleKind.Advies)));

    private static Row WithCounts(Row row, Dictionary<int, (int Moet, int Advies)> counts) =>
        counts.TryGetValue(row.Leerling.Id, out var c) ? row with { Moet = c.Moet, Advies = c.Advies } : row;

    // "zoe" finds "Zoë", "DE VRIES" finds "de Vries".
    private static bool Matches(string text, string search) =>
        Nl.Culture.CompareInfo.IndexOf(text, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    public bool OpBevindingen => string.Equals(Sorteer, "bevindingen", StringComparison.OrdinalIgnoreCase);

    /// <summary>One student with the number of open MOET findings and ADVIES warnings (not those marked "gezien") of the worklist's evaluation.</summary>
    public sealed record Row(Leerling Leerling, Leerroute? Route, int Moet, int Advies)
    {
        public string? ProfielAfkorting => Profielen.Find(Leerling.ProfielCode)?.Afkorting;
    }
}
