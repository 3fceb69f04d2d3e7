using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren.Prognose;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// B2 start check for a start that is not yet an agreement: "starting on date X with this rooster still leaves room
/// for 640 hours in 80 days before the exam?" A GET form; the answer comes from <see cref="StageUrenPrognose.Startcheck"/>.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class StartcheckModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public Leerling Leerling { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public DateOnly? Start { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal Maandag { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal Dinsdag { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal Woensdag { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal Donderdag { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal Vrijdag { get; set; }

    public UrenPrognose? Check { get; private set; }

    public Leerwerkovereenkomst? Plan { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var dossier = await db.LoadDossierAsync(id, ct);
        if (dossier is null)
        {
            return NotFound();
        }

        Leerling = dossier.Leerling;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var (name, value) in new[] { ("Maandag", Maandag), ("Dinsdag", Dinsdag), ("Woensdag", Woensdag), ("Donderdag", Donderdag), ("Vrijdag", Vrijdag) })
        {
            if (value is < 0 or > 12)
            {
                ModelState.AddModelError(name, $"{name}: vul 0 tot en met 12 uur in.");
            }
        }

        if (Start is null || !ModelState.IsValid)
        {
            Start ??= today;
            return Page();
        }

        Plan = new Leerwerkovereenkomst
        {
            StartDate = Start.Value,
            EndDate = Start.Value.AddYears(3),
            Rooster = new Rooster { Monday = Maandag, Tuesday = Dinsdag, Wednesday = Woensdag, Thursday = Donderdag, Friday = Vrijdag },
        };
        Check = StageUrenPrognose.Startcheck(dossier, Plan, today);
        return Page();
    }
}
