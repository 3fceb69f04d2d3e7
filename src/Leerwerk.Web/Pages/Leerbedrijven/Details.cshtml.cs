using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
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

    /// <summary>The findings of rules F1, F2 and F3 for this company today.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>The latest assessment per criterion a–k of UB 2.64 lid 1.</summary>
    public IReadOnlyDictionary<string, KwaliteitseisBeoordeling> Checklist { get; private set; } = new Dictionary<string, KwaliteitseisBeoordeling>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var company = await db.Leerbedrijven.AsNoTracking()
            .Include(b => b.Praktijkbegeleiders)
            .Include(b => b.Erkenningen)
            .Include(b => b.Kwaliteitseisen)
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
            .Select(o => new { o.Id, Leerling = o.Leerling!, o.StartDate, o.EndDate, o.Status })
            .ToListAsync(ct);
        Placements = placements
            .Select(p => new Placement(p.Id, p.Leerling.FullName, p.StartDate, p.EndDate, p.Status))
            .ToList();
        await db.FillStageperiodenAsync([company], ct);
        Findings = LeerbedrijfRules.Evaluate(company, Today);
        Checklist = Kwaliteitseisen.Latest(company.Kwaliteitseisen);
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

        if (ErkenningGeldigheid.IsLapsedOn(erkenning, Leerbedrijf.LwtStageperioden, Today))
        {
            return ("tag--error", "Vervallen (vier jaar geen LWT-leerling)");
        }

        if (ErkenningGeldigheid.IsAssessmentOverdueOn(erkenning, Today))
        {
            return ("tag--error", "Herbeoordeling te laat");
        }

        return erkenning.NextAssessmentDue <= Today.AddMonths(DueSoonMonths)
            ? ("tag--warning", "Herbeoordeling binnenkort")
            : null;
    }

    public sealed record Placement(int Id, string LeerlingName, DateOnly StartDate, DateOnly EndDate, LeerwerkovereenkomstStatus Status);
}
