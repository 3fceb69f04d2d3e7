using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Routes;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Leerlingen.Route;

/// <summary>
/// The route advisor and the route decision of one student: each route open or closed on the start date with
/// the reasons (A1, A3, own agreements), the consequences side by side (bijlage 03), and a form that appends a
/// <see cref="RouteBesluit"/> to the history. A closed route is refused with the advisor's reason.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Leerling Leerling { get; private set; } = null!;

    /// <summary>The date the advisor judges: the chosen start date, or today.</summary>
    [BindProperty(SupportsGet = true, Name = "op")]
    public DateOnly? Op { get; set; }

    public DateOnly Datum { get; private set; }

    public IReadOnlyList<RouteAdvies> Adviezen { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty]
    public BesluitInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var dossier = await LoadAsync(id, ct);
        if (dossier is null)
        {
            return NotFound();
        }

        Input = new BesluitInput { StartDate = Datum, DecidedBy = User.Identity?.Name };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded)
        {
            return Forbid();
        }

        Op = Input.StartDate;
        var dossier = await LoadAsync(id, ct);
        if (dossier is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var advies = Adviezen.Single(a => a.Route == Input.Route!.Value);
        if (!advies.IsOpen)
        {
            foreach (var reden in advies.Redenen.Where(r => r.Sluit))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Route)}", $"{advies.Beschrijving.Naam} kan niet: {reden.Tekst}");
            }

            return Page();
        }

        db.RouteBesluiten.Add(new RouteBesluit
        {
            SchoolId = Leerling.SchoolId,
            LeerlingId = Leerling.Id,
            Route = advies.Route,
            StartDate = Input.StartDate!.Value,
            DecidedBy = Input.DecidedBy!.Trim(),
            ConsultedStudentAndParents = Input.ConsultedStudentAndParents,
            Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Route {advies.Beschrijving.Naam} vastgelegd voor {Leerling.FullName} vanaf {Nl.Date(Input.StartDate!.Value)}.";
        return RedirectToPage("/Leerlingen/Details", new { id });
    }

    private async Task<Dossier?> LoadAsync(int id, CancellationToken ct)
    {
        if (!LeerlingToegang.MagZien(db, User, id))
        {
            return null;
        }

        var dossier = await db.LoadDossierAsync(id, ct);
        if (dossier is null)
        {
            return null;
        }

        Leerling = dossier.Leerling;
        Datum = Op ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Adviezen = RouteAdviseur.Adviseer(Leerling, dossier.Samenwerkingsovereenkomsten, Datum);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        return dossier;
    }

    /// <summary>The route decision form (rule B1: from any date, by whom, after consulting student and parents).</summary>
    public sealed class BesluitInput
    {
        [Required]
        [Display(Name = "Route")]
        public Leerroute? Route { get; set; }

        [Required]
        [Display(Name = "Vanaf")]
        public DateOnly? StartDate { get; set; }

        [Required]
        [StringLength(Tekstlengte.Naam)]
        [Display(Name = "Besloten door")]
        [Kolom(typeof(Leerwerk.Domain.Leerlingen.RouteBesluit), nameof(Leerwerk.Domain.Leerlingen.RouteBesluit.DecidedBy))]
        public string? DecidedBy { get; set; }

        [Display(Name = "Leerling en ouders zijn gehoord")]
        public bool ConsultedStudentAndParents { get; set; }

        [StringLength(Tekstlengte.Toelichting)]
        [Display(Name = "Toelichting")]
        [MeerdereRegels]
        [Kolom(typeof(Leerwerk.Domain.Leerlingen.RouteBesluit), nameof(Leerwerk.Domain.Leerlingen.RouteBesluit.Note))]
        public string? Note { get; set; }
    }
}
