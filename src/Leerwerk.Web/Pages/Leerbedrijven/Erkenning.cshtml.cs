using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Profielen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>Records an SBB-erkenning of a leerbedrijf for one profiel (no id) or changes one (with id).</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class ErkenningModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public const string GrantedInFutureMessage = "De datum van erkenning mag niet in de toekomst liggen.";

    public const string AssessedBeforeGrantMessage = "De laatste beoordeling kan niet vóór de datum van erkenning liggen.";

    public const string WithdrawnBeforeGrantMessage = "De intrekking kan niet vóór de datum van erkenning liggen.";

    [BindProperty]
    public ErkenningInput Input { get; set; } = new();

    public Leerbedrijf Leerbedrijf { get; private set; } = null!;

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(int leerbedrijfId, int? id, CancellationToken ct)
    {
        var (company, erkenning) = await LoadAsync(leerbedrijfId, id, ct);
        if (company is null || (id is not null && erkenning is null))
        {
            return NotFound();
        }

        Input = erkenning is null
            ? new ErkenningInput { IsLwt = true }
            : new ErkenningInput
            {
                ProfielCode = erkenning.ProfielCode,
                IsLwt = erkenning.IsLwt,
                GrantedOn = erkenning.GrantedOn,
                LastAssessedOn = erkenning.LastAssessedOn,
                WithdrawnOn = erkenning.WithdrawnOn,
                Note = erkenning.Note,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int leerbedrijfId, int? id, CancellationToken ct)
    {
        var (company, erkenning) = await LoadAsync(leerbedrijfId, id, ct);
        if (company is null || (id is not null && erkenning is null))
        {
            return NotFound();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var profiel = Profielen.Find(Input.ProfielCode)!;
        if (erkenning is null)
        {
            erkenning = new Erkenning { SchoolId = company.SchoolId, LeerbedrijfId = company.Id, ProfielCode = profiel.Code };
            db.Erkenningen.Add(erkenning);
        }

        erkenning.ProfielCode = profiel.Code;
        erkenning.IsLwt = Input.IsLwt;
        erkenning.GrantedOn = Input.GrantedOn!.Value;
        erkenning.LastAssessedOn = Input.LastAssessedOn;
        erkenning.WithdrawnOn = Input.WithdrawnOn;
        erkenning.Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim();
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Erkenning voor {profiel.Name} opgeslagen.";
        return RedirectToPage("Details", null, new { id = company.Id }, "erkenningen");
    }

    private void Validate()
    {
        if (Input.ProfielCode is not null && Profielen.Find(Input.ProfielCode) is null)
        {
            ModelState.AddModelError("Input.ProfielCode", "Kies een van de tien profielen.");
        }

        if (Input.GrantedOn is not { } granted)
        {
            return;
        }

        if (granted > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            ModelState.AddModelError("Input.GrantedOn", GrantedInFutureMessage);
        }

        if (Input.LastAssessedOn < granted)
        {
            ModelState.AddModelError("Input.LastAssessedOn", AssessedBeforeGrantMessage);
        }

        if (Input.WithdrawnOn < granted)
        {
            ModelState.AddModelError("Input.WithdrawnOn", WithdrawnBeforeGrantMessage);
        }
    }

    private async Task<(Leerbedrijf? Leerbedrijf, Erkenning? Erkenning)> LoadAsync(int leerbedrijfId, int? id, CancellationToken ct)
    {
        var company = await db.Leerbedrijven.AsNoTracking().FirstOrDefaultAsync(b => b.Id == leerbedrijfId, ct);
        if (company is null)
        {
            return (null, null);
        }

        Leerbedrijf = company;
        IsNew = id is null;
        var erkenning = id is null
            ? null
            : await db.Erkenningen.FirstOrDefaultAsync(e => e.Id == id && e.LeerbedrijfId == leerbedrijfId, ct);
        return (company, erkenning);
    }

    [Kolom(typeof(Leerwerk.Domain.Leerbedrijven.Erkenning))]

    public sealed class ErkenningInput
    {
        [Required(ErrorMessage = "Kies een profiel.")]
        [Display(Name = "Profiel")]
        public string? ProfielCode { get; set; }

        [Display(Name = "Erkend voor de LWT")]
        public bool IsLwt { get; set; }

        [Required]
        [Display(Name = "Erkend op")]
        public DateOnly? GrantedOn { get; set; }

        [Display(Name = "Laatste beoordeling door SBB")]
        public DateOnly? LastAssessedOn { get; set; }

        [Display(Name = "Ingetrokken op")]
        public DateOnly? WithdrawnOn { get; set; }

        [StringLength(Tekstlengte.Standaard)]
        [Display(Name = "Opmerking")]
        [MeerdereRegels]
        public string? Note { get; set; }
    }
}
