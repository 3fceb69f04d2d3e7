using Leerwerk.Data;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>One student: personal data, parents, route history and grades.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class DetailsModel(LeerwerkDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Leerling Student { get; private set; } = null!;

    public Profiel? Profiel { get; private set; }

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var student = await db.Leerlingen.AsNoTracking()
            .Include(l => l.Vertegenwoordigers)
            .Include(l => l.Routes)
            .Include(l => l.Vakken)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => l.Id == id, ct);
        if (student is null)
        {
            return NotFound();
        }

        Student = student;
        Profiel = Profielen.Find(student.ProfielCode);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        return Page();
    }
}
