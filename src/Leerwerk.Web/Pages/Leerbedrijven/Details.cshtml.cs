using Leerwerk.Data;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>One leerbedrijf: address, praktijkbegeleiders, SBB-erkenningen and the placements there.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class DetailsModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>An assessment due within this many months gets an orange tag.</summary>
    public const int DueSoonMonths = 6;

    public Leerbedrijf Leerbedrijf { get; private set; } = null!;

    public IReadOnlyList<Placement> Placements { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var company = await db.Leerbedrijven.AsNoTracking()
            .Include(b => b.Praktijkbegeleiders)
            .Include(b => b.Erkenningen)
            .AsSplitQuery()
            .FirstOrDefaultAsync(b => b.Id == id, ct);
        if (company is null)
        {
            return NotFound();
        }

        Leerbedrijf = company;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var placements = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Where(o => o.LeerbedrijfId == id)
            .OrderByDescending(o => o.StartDate)
            .Select(o => new { o.Id, Student = o.Leerling!, o.StartDate, o.EndDate, o.Status })
            .ToListAsync(ct);
        Placements = placements
            .Select(p => new Placement(p.Id, p.Student.FullName, p.StartDate, p.EndDate, p.Status))
            .ToList();
        return Page();
    }

    /// <summary>The tag for an erkenning's next assessment: overdue (red), due soon (orange) or none.</summary>
    public (string Css, string Text)? AssessmentTag(Erkenning erkenning)
    {
        ArgumentNullException.ThrowIfNull(erkenning);
        if (erkenning.WithdrawnOn is not null && erkenning.WithdrawnOn <= Today)
        {
            return null;
        }

        if (erkenning.NextAssessmentDue < Today)
        {
            return ("tag--error", "Herbeoordeling te laat");
        }

        return erkenning.NextAssessmentDue <= Today.AddMonths(DueSoonMonths)
            ? ("tag--warning", "Herbeoordeling binnenkort")
            : null;
    }

    public sealed record Placement(int Id, string StudentName, DateOnly StartDate, DateOnly EndDate, LeerwerkovereenkomstStatus Status);
}
