using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>The school's samenwerkingsovereenkomsten with mbo partners, and its leer-werkovereenkomsten by status.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public LeerwerkovereenkomstStatus? Status { get; set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<Samenwerkingsovereenkomst> Samenwerkingen { get; private set; } = [];

    /// <summary>Leer-werkovereenkomsten per page.</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = Paginering.Parameter)]
    public int? Pagina { get; set; }

    /// <summary>The leer-werkovereenkomsten of the current page, of all with the status filter, by student.</summary>
    public IReadOnlyList<LeerwerkRow> Leerwerk { get; private set; } = [];

    public Paginering Paginering { get; private set; } = Paginering.Van(1, 0, PageSize, "leer-werkovereenkomsten");

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Samenwerkingen = await db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Include(s => s.MboInstelling)
            .OrderBy(s => s.MboInstelling!.Name).ThenByDescending(s => s.StartDate)
            .ToListAsync(ct);

        var query = db.Leerwerkovereenkomsten.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        var rows = await query
            .Select(o => new
            {
                o.Id,
                Leerling = o.Leerling!,
                o.LeerbedrijfId,
                LeerbedrijfName = o.Leerbedrijf!.Name,
                o.StartDate,
                o.EndDate,
                o.Status,
            })
            .ToListAsync(ct);
        var sorted = rows
            .Select(r => new LeerwerkRow(r.Id, r.Leerling.FullName,
                r.LeerbedrijfId, r.LeerbedrijfName, r.StartDate, r.EndDate, r.Status))
            .OrderBy(r => r.LeerlingName, StringComparer.Create(Nl.Culture, ignoreCase: true))
            .ThenByDescending(r => r.StartDate)
            .ToList();
        Paginering = Paginering.Van(Pagina, sorted.Count, PageSize, "leer-werkovereenkomsten");
        Leerwerk = Paginering.Deel(sorted);
    }

    public sealed record LeerwerkRow(int Id, string LeerlingName, int LeerbedrijfId, string LeerbedrijfName, DateOnly StartDate, DateOnly EndDate,
        LeerwerkovereenkomstStatus Status);
}
