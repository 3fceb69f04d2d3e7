using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>Adds a praktijkbegeleider to a leerbedrijf (no id) or changes one (with id).</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class PraktijkbegeleiderModel(LeerwerkDbContext db) : PageModel
{
    [BindProperty]
    public PraktijkbegeleiderInput Input { get; set; } = new();

    public Leerbedrijf Leerbedrijf { get; private set; } = null!;

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(int leerbedrijfId, int? id, CancellationToken ct)
    {
        var (company, supervisor) = await LoadAsync(leerbedrijfId, id, ct);
        if (company is null || (id is not null && supervisor is null))
        {
            return NotFound();
        }

        if (supervisor is not null)
        {
            Input = new PraktijkbegeleiderInput
            {
                Name = supervisor.Name,
                Function = supervisor.Function,
                IsQualified = supervisor.IsQualified,
                Email = supervisor.Email,
                Phone = supervisor.Phone,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int leerbedrijfId, int? id, CancellationToken ct)
    {
        var (company, supervisor) = await LoadAsync(leerbedrijfId, id, ct);
        if (company is null || (id is not null && supervisor is null))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (supervisor is null)
        {
            supervisor = new Praktijkbegeleider { SchoolId = company.SchoolId, LeerbedrijfId = company.Id, Name = string.Empty };
            db.Praktijkbegeleiders.Add(supervisor);
        }

        supervisor.Name = Input.Name!.Trim();
        supervisor.Function = Blank(Input.Function);
        supervisor.IsQualified = Input.IsQualified;
        supervisor.Email = Blank(Input.Email);
        supervisor.Phone = Blank(Input.Phone);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Praktijkbegeleider {supervisor.Name} opgeslagen.";
        return RedirectToPage("Details", null, new { id = company.Id }, "praktijkbegeleiders");
    }

    private async Task<(Leerbedrijf? Leerbedrijf, Praktijkbegeleider? Supervisor)> LoadAsync(int leerbedrijfId, int? id, CancellationToken ct)
    {
        var company = await db.Leerbedrijven.AsNoTracking().FirstOrDefaultAsync(b => b.Id == leerbedrijfId, ct);
        if (company is null)
        {
            return (null, null);
        }

        Leerbedrijf = company;
        IsNew = id is null;
        var supervisor = id is null
            ? null
            : await db.Praktijkbegeleiders.FirstOrDefaultAsync(p => p.Id == id && p.LeerbedrijfId == leerbedrijfId, ct);
        return (company, supervisor);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [Kolom(typeof(Leerwerk.Domain.Leerbedrijven.Praktijkbegeleider))]

    public sealed class PraktijkbegeleiderInput
    {
        [Required]
        [StringLength(Tekstlengte.Naam)]
        [Display(Name = "Naam")]
        public string? Name { get; set; }

        [StringLength(Tekstlengte.Naam)]
        [Display(Name = "Functie")]
        public string? Function { get; set; }

        [Display(Name = "Deskundig om te begeleiden en te beoordelen")]
        public bool IsQualified { get; set; }

        // EmailAddress and Phone carry an English default message that the Dutch metadata provider does not replace.
        [EmailAddress(ErrorMessage = "{0} is geen geldig e-mailadres.")]
        [StringLength(Tekstlengte.Email)]
        [Display(Name = "E-mailadres")]
        public string? Email { get; set; }

        [Phone(ErrorMessage = "{0} is geen geldig telefoonnummer.")]
        [StringLength(Tekstlengte.Telefoon)]
        [Display(Name = "Telefoonnummer")]
        public string? Phone { get; set; }
    }
}
