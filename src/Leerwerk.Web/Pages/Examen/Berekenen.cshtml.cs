using System.Text;
using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Invoer;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// "Uitslag berekenen": the result of candidates pasted as JSON or CSV, uploaded as a file (the formats of
/// <c>leerwerk uitslag</c>, docs/uitslag.md) or picked from the leerjaar 4 students. A file that cannot be read
/// gives one Dutch message; an invalid candidate is shown as «ongeldig» and the others are still judged.
/// </summary>
[Authorize(Policy = Policies.Exam)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * MaxBytes)]
[RequestSizeLimit(2 * MaxBytes)]
public sealed class BerekenenModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public const long MaxBytes = 2 * 1024 * 1024;

    [BindProperty]
    public BerekenenInput Input { get; set; } = new();

    public IReadOnlyList<LeerlingOption> Leerlingen { get; private set; } = [];

    /// <summary>Null before the form is submitted.</summary>
    public IReadOnlyList<UitslagWeergave>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadLeerlingenAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadLeerlingenAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.Bestand is { Length: > MaxBytes })
        {
            ModelState.AddModelError("Input.Bestand", "Het bestand is groter dan 2 MB.");
            return Page();
        }

        var results = new List<UitslagWeergave>();
        var anything = false;
        if (Input.Bestand is { } bestand)
        {
            anything = true;
            if (bestand.Length == 0)
            {
                ModelState.AddModelError("Input.Bestand", "Het bestand is leeg.");
            }
            else
            {
                using var buffer = new MemoryStream((int)bestand.Length);
                await bestand.CopyToAsync(buffer, ct);
                Add(results, InvoerBron.LeesBytes(buffer.ToArray(), Path.GetExtension(bestand.FileName)), "Input.Bestand");
            }
        }

        if (!string.IsNullOrWhiteSpace(Input.Tekst))
        {
            anything = true;
            Add(results, InvoerBron.LeesBytes(Encoding.UTF8.GetBytes(Input.Tekst), null), "Input.Tekst");
        }

        if (Input.LeerlingIds.Count > 0)
        {
            anything = true;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            foreach (var student in await ExamenKandidaten.LoadAsync(db, Input.LeerlingIds, ct))
            {
                var kandidaat = LeerlingKandidaat.From(student, today);
                results.Add(new UitslagWeergave(kandidaat, UitslagBepaling.Bepaal(kandidaat)));
            }
        }

        if (!anything)
        {
            ModelState.AddModelError("Input.Tekst", "Plak JSON of CSV, kies een bestand of vink een of meer leerlingen aan.");
        }

        Results = results;
        return Page();
    }

    private void Add(List<UitslagWeergave> results, LeesResultaat invoer, string field)
    {
        if (invoer.Fout is not null)
        {
            ModelState.AddModelError(field, invoer.Fout.Tekst);
            return;
        }

        results.AddRange(invoer.Kandidaten.Select(k => new UitslagWeergave(k.Kandidaat, k.Bepaal())));
    }

    private async Task LoadLeerlingenAsync(CancellationToken ct)
    {
        var students = await ExamenKandidaten.LoadAsync(db, null, ct);
        Leerlingen = [.. students.Select(s => new LeerlingOption(s.Id, s.Leerlingnummer, s.FullName, s.ClassName))];
    }

    /// <summary>A leerjaar 4 student in the checkbox list.</summary>
    public sealed record LeerlingOption(int Id, string Leerlingnummer, string Name, string? ClassName);
}
