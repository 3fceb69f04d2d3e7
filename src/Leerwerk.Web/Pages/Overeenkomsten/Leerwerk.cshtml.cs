using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>One leer-werkovereenkomst with everything it sets, and a small form to record a signature (editors only).</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class LeerwerkModel(LeerwerkDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const string SignedInFutureMessage = "De datum van ondertekening mag niet in de toekomst liggen.";

    public Leerwerkovereenkomst Agreement { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    [BindProperty]
    public OndertekeningInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new OndertekeningInput { SignedOn = Today() };
        return Page();
    }

    /// <summary>Records one signature; the status does not change here (that comes with the signing workflow).</summary>
    public async Task<IActionResult> OnPostOndertekenAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        if (Input.SignedOn > Today())
        {
            ModelState.AddModelError("Input.SignedOn", SignedInFutureMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var signature = new Ondertekening
        {
            SchoolId = Agreement.SchoolId,
            LeerwerkovereenkomstId = Agreement.Id,
            Partij = Input.Partij!.Value,
            SignerName = Input.SignerName!.Trim(),
            SignedOn = Input.SignedOn!.Value,
        };
        db.Ondertekeningen.Add(signature);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Ondertekening door {signature.SignerName} ({signature.Partij.Label().ToLower(Nl.Culture)}) opgeslagen.";
        return RedirectToPage(null, null, new { id }, "ondertekening");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(o => o.Leerling)
            .Include(o => o.Leerbedrijf)
            .Include(o => o.Praktijkbegeleider)
            .Include(o => o.Ondertekeningen)
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (agreement is null)
        {
            return false;
        }

        Agreement = agreement;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        return true;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public sealed class OndertekeningInput
    {
        [Required(ErrorMessage = "Kies de partij die tekent.")]
        [Display(Name = "Partij")]
        public Partij? Partij { get; set; }

        [Required]
        [StringLength(200)]
        [Display(Name = "Naam van wie tekent")]
        public string? SignerName { get; set; }

        [Required]
        [Display(Name = "Datum van ondertekening")]
        public DateOnly? SignedOn { get; set; }
    }
}
