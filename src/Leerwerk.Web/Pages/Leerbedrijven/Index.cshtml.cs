using Leerwerk.Data;
using Leerwerk.Domain.Profielen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>The school's leerbedrijven, searchable by name, city or KvK number and filtered by LWT profiel.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Profiel { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var companies = await db.Leerbedrijven.AsNoTracking()
            .OrderBy(b => b.Name)
            .Select(b => new
            {
                b.Id,
                b.Name,
                b.City,
                b.KvkNumber,
                Profielen = b.Erkenningen.Where(e => e.IsLwt && (e.WithdrawnOn == null || e.WithdrawnOn > today)).Select(e => e.ProfielCode).ToList(),
                Supervisors = b.Praktijkbegeleiders.Count,
            })
            .ToListAsync(ct);

        // A school has tens to hundreds of companies: filtering in memory keeps the search case-insensitive on every provider.
        var term = Zoek?.Trim();
        var profiel = Profielen.Find(Profiel);
        Rows = companies
            .Where(c => string.IsNullOrEmpty(term)
                || c.Name.Contains(term, StringComparison.CurrentCultureIgnoreCase)
                || (c.City ?? string.Empty).Contains(term, StringComparison.CurrentCultureIgnoreCase)
                || c.KvkNumber.Contains(term, StringComparison.Ordinal))
            .Where(c => profiel is null || c.Profielen.Contains(profiel.Code, StringComparer.OrdinalIgnoreCase))
            .Select(c => new Row(c.Id, c.Name, c.City, c.KvkNumber,
                Profielen.All.Where(p => c.Profielen.Contains(p.Code, StringComparer.OrdinalIgnoreCase)).Select(p => p.Afkorting).ToList(),
                c.Supervisors))
            .ToList();
    }

    public sealed record Row(int Id, string Name, string? City, string KvkNumber, IReadOnlyList<string> LwtProfielen, int Supervisors);
}
