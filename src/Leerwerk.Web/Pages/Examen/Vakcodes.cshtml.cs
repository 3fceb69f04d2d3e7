using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Examens;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// The school's vakcodes: each code of the LAS grade export mapped once to a subject (name, kind, part), so the grade
/// import knows which <see cref="Vak"/> a row is about. A code saved again changes its mapping; grades already imported
/// stay with their subject.
/// </summary>
[Authorize(Policy = Policies.Exam)]
public sealed class VakcodesModel(LeerwerkDbContext db, ISchoolScope scope) : PageModel
{
    public IReadOnlyList<VakCode> Codes { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Vakcode in het LAS")]
    [Required(ErrorMessage = "Vul de vakcode in zoals het LAS hem schrijft.")]
    [StringLength(40, ErrorMessage = "De vakcode is te lang (hoogstens 40 tekens).")]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "Naam van het vak in Leerwerk")]
    [Required(ErrorMessage = "Vul de naam van het vak in.")]
    [StringLength(120, ErrorMessage = "De naam van het vak is te lang (hoogstens 120 tekens).")]
    public string? Naam { get; set; }

    [BindProperty]
    [Display(Name = "Soort vak")]
    [Required(ErrorMessage = "Kies de soort van het vak.")]
    public VakSoort? Soort { get; set; }

    [BindProperty]
    [Display(Name = "Deel van het examen")]
    public VakDeel? Deel { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var schoolId = scope.SchoolIds.Count == 1 ? scope.SchoolIds[0] : (int?)null;
        if (schoolId is null)
        {
            ModelState.AddModelError(string.Empty, "U werkt voor meer dan één school; de vakcodes worden per school gekoppeld door iemand van die school.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = VakCode.Normaliseer(Code!);
        var bestaand = await db.VakCodes.SingleOrDefaultAsync(v => v.Code == code, ct);
        if (bestaand is null)
        {
            db.VakCodes.Add(new VakCode { SchoolId = schoolId!.Value, Code = code, Name = Naam!.Trim(), Soort = Soort!.Value, Deel = Deel });
        }
        else
        {
            (bestaand.Name, bestaand.Soort, bestaand.Deel) = (Naam!.Trim(), Soort!.Value, Deel);
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Vakcode {code} gekoppeld aan {Naam!.Trim()}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(int id, CancellationToken ct)
    {
        var code = await db.VakCodes.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (code is null)
        {
            return NotFound();
        }

        db.VakCodes.Remove(code);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Vakcode {code.Code} ontkoppeld; de cijfers die ermee zijn ingelezen blijven staan.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Codes = await db.VakCodes.AsNoTracking().OrderBy(v => v.Code).ToListAsync(ct);
}
