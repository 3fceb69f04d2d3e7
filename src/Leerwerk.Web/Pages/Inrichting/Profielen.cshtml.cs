using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProfielenLijst = Leerwerk.Domain.Profielen.Profielen;

namespace Leerwerk.Web.Pages.Inrichting;

/// <summary>
/// Step 2 of the set-up: the profielen the school offers and, per profiel, its keuzevakken (one per line).
/// Everything is stored in one SaveChanges, so a refused form changes nothing.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class ProfielenModel(LeerwerkDbContext db) : PageModel
{
    private const int MaxNameLength = 120;

    /// <summary>The codes of the chosen profielen.</summary>
    [BindProperty]
    public List<string> Gekozen { get; set; } = [];

    /// <summary>Per profiel code the keuzevakken, one per line.</summary>
    [BindProperty]
    public Dictionary<string, string?> Keuzevakken { get; set; } = [];

    public string SchoolName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var school = await db.Scholen.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }

        SchoolName = school.Name;
        Gekozen = await db.AangebodenProfielen.Where(p => p.SchoolId == id).Select(p => p.ProfielCode).ToListAsync(ct);
        var keuzevakken = await db.AangebodenKeuzevakken.Where(k => k.SchoolId == id && k.ProfielCode != null).OrderBy(k => k.Name).ToListAsync(ct);
        Keuzevakken = keuzevakken.GroupBy(k => k.ProfielCode!).ToDictionary(g => g.Key, g => (string?)string.Join('\n', g.Select(k => k.Name)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var school = await db.Scholen.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }

        SchoolName = school.Name;
        var wanted = Read();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var profielen = await db.AangebodenProfielen.Where(p => p.SchoolId == id).ToListAsync(ct);
        var keuzevakken = await db.AangebodenKeuzevakken.Where(k => k.SchoolId == id).ToListAsync(ct);
        var (add, remove) = ProfielenAanbod.Sync(id, wanted, profielen, keuzevakken);
        db.AddRange(add);
        db.RemoveRange(remove);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"De profielen van {school.Name} zijn opgeslagen.";
        return RedirectToPage("MboPartner", new { id });
    }

    /// <summary>The chosen profielen with their keuzevakken; adds a Dutch message for every problem.</summary>
    private Dictionary<string, IReadOnlyList<string>> Read()
    {
        var wanted = new Dictionary<string, IReadOnlyList<string>>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var profiel in ProfielenLijst.All)
        {
            var field = $"{nameof(Keuzevakken)}[{profiel.Code}]";
            var names = Lines(Keuzevakken.GetValueOrDefault(profiel.Code));
            if (!Gekozen.Contains(profiel.Code))
            {
                if (names.Count > 0)
                {
                    ModelState.AddModelError(field, $"U vulde keuzevakken in bij {profiel.Name}, maar koos dat profiel niet. Kies het profiel of maak het veld leeg.");
                }

                continue;
            }

            foreach (var name in names)
            {
                // The values of a dictionary pass no field validator (StuurtekenValidatorProvider): the line is checked here.
                if (Stuurtekens.Bevat(name, meerdereRegels: false))
                {
                    ModelState.AddModelError(field, Stuurtekens.Melding($"Keuzevak '{Zichtbaar(name)}'", meerdereRegels: false));
                }
                else if (name.Length > MaxNameLength)
                {
                    ModelState.AddModelError(field, $"De naam van keuzevak '{name[..40]}…' is te lang (hoogstens {MaxNameLength} tekens).");
                }
                else if (seen.TryGetValue(name, out var other))
                {
                    ModelState.AddModelError(field, $"Keuzevak {name} staat twee keer in de lijst ({other} en {profiel.Name}); een keuzevak hoort bij één profiel.");
                }
                else
                {
                    seen[name] = profiel.Name;
                }
            }

            wanted[profiel.Code] = names;
        }

        if (Gekozen.Any(code => ProfielenLijst.Find(code) is null))
        {
            ModelState.AddModelError(nameof(Gekozen), "Kies alleen profielen uit de lijst.");
        }

        if (wanted.Count == 0)
        {
            ModelState.AddModelError(nameof(Gekozen), "Kies ten minste één profiel dat de school aanbiedt.");
        }

        return wanted;
    }

    // The name as the message can show it: a control character becomes a space.
    private static string Zichtbaar(string name)
    {
        var shown = new string([.. name.Select(c => char.IsControl(c) ? ' ' : c)]);
        return shown.Length > 40 ? shown[..40] + "…" : shown;
    }

    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
