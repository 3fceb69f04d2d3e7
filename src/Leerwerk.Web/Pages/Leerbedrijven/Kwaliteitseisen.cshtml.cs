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

/// <summary>
/// Records an assessment of the criteria a–k of UB WVO 2020 art. 2.64 lid 1 (rule F3) for one leerbedrijf: per
/// criterion met or not, with one date and source. Earlier assessments stay as history; the latest counts.
/// </summary>
[Authorize(Policy = Policies.Editors)]
public sealed class KwaliteitseisenModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public const string FutureMessage = "De datum van de beoordeling mag niet in de toekomst liggen.";

    public const string NothingMessage = "Kies bij ten minste één eis 'voldoet' of 'voldoet niet'.";

    public Leerbedrijf Leerbedrijf { get; private set; } = null!;

    [BindProperty]
    public ChecklistInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var latest = Kwaliteitseisen.Latest(Leerbedrijf.Kwaliteitseisen);
        Input = new ChecklistInput
        {
            AssessedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Oordeel = Kwaliteitseisen.All.ToDictionary(e => e.Letter, e => latest.TryGetValue(e.Letter, out var b) ? (b.IsMet ? "ja" : "nee") : "", StringComparer.Ordinal),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Input.AssessedOn > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            ModelState.AddModelError("Input.AssessedOn", FutureMessage);
        }

        var chosen = Kwaliteitseisen.All
            .Select(e => (e.Letter, Value: Input.Oordeel.GetValueOrDefault(e.Letter)))
            .Where(c => c.Value is "ja" or "nee")
            .ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("Input.Oordeel", NothingMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var (letter, value) in chosen)
        {
            db.Kwaliteitseisen.Add(new KwaliteitseisBeoordeling
            {
                SchoolId = Leerbedrijf.SchoolId,
                LeerbedrijfId = Leerbedrijf.Id,
                Letter = letter,
                IsMet = value == "ja",
                AssessedOn = Input.AssessedOn!.Value,
                Source = Input.Source!.Trim(),
            });
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Beoordeling van {chosen.Count} kwaliteitseisen opgeslagen.";
        return RedirectToPage("Details", null, new { id }, "kwaliteitseisen");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var company = await db.Leerbedrijven.AsNoTracking().Include(b => b.Kwaliteitseisen).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (company is null)
        {
            return false;
        }

        Leerbedrijf = company;
        return true;
    }

    [Kolom(typeof(Leerwerk.Domain.Leerbedrijven.KwaliteitseisBeoordeling))]

    public sealed class ChecklistInput
    {
        [Required]
        [Display(Name = "Datum van de beoordeling")]
        public DateOnly? AssessedOn { get; set; }

        [Required]
        [StringLength(Tekstlengte.Standaard)]
        [Display(Name = "Bron (bijvoorbeeld bezoek SBB, eigen controle school)")]
        public string? Source { get; set; }

        /// <summary>Per letter a–k: "ja", "nee" or empty (not assessed now).</summary>
        public Dictionary<string, string> Oordeel { get; set; } = new(StringComparer.Ordinal);
    }
}
