using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>The students of the user's schools, searchable by name or number and filtered by leerjaar, profiel and route.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "leerjaar")]
    public int? Leerjaar { get; set; }

    [BindProperty(SupportsGet = true, Name = "profiel")]
    public string? Profiel { get; set; }

    [BindProperty(SupportsGet = true, Name = "route")]
    public Leerroute? Route { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        var query = db.Leerlingen.ZichtbaarVoor(db, User).Include(l => l.Routes).AsNoTracking();
        if (Leerjaar is not null)
        {
            query = query.Where(l => l.Leerjaar == Leerjaar);
        }

        var profiel = Profielen.Find(Profiel);
        if (profiel is not null)
        {
            query = query.Where(l => l.ProfielCode == profiel.Code);
        }

        // A school has hundreds of students, not millions: the current route and the
        // case-insensitive search are simplest and provider-independent in memory.
        var students = await query.ToListAsync(ct);
        var search = Search?.Trim();
        var byClassThenName = StringComparer.Create(Nl.Culture, ignoreCase: true);
        Rows = students
            .Where(l => string.IsNullOrEmpty(search) || Matches(l.FullName, search) || Matches(l.Leerlingnummer, search))
            .Select(l => new Row(l, l.RouteOn(today)))
            .Where(r => Route is null || r.Route == Route)
            .OrderBy(r => r.Leerling.ClassName ?? string.Empty, byClassThenName)
            .ThenBy(r => r.Leerling.LastName, byClassThenName)
            .ThenBy(r => r.Leerling.FirstName, byClassThenName)
            .ToList();
    }

    // "zoe" finds "Zoë", "DE VRIES" finds "de Vries".
    private static bool Matches(string text, string search) =>
        Nl.Culture.CompareInfo.IndexOf(text, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    public sealed record Row(Leerling Leerling, Leerroute? Route)
    {
        public string? ProfielAfkorting => Profielen.Find(Leerling.ProfielCode)?.Afkorting;
    }
}
