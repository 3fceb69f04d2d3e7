using Leerwerk.Data;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>
/// Records where a student went after the diploma. The entreeopleiding after an LWT is refused with H1's
/// explanation; BOL, a non-related course, an instelling without cooperation and exemptions are allowed
/// (H2–H5) and shown as such.
/// </summary>
[Authorize(Policy = Policies.Editors)]
public sealed class DoorstroomModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DoorstroomInput Input { get; set; } = new();

    public Leerling Leerling { get; private set; } = null!;

    public DoorstroomRecord? Record { get; private set; }

    public IReadOnlyList<string> Partners { get; private set; } = [];

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = DoorstroomInput.From(Record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Validate(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = Record ?? new DoorstroomRecord { SchoolId = Leerling.SchoolId, LeerlingId = Leerling.Id, MboInstellingName = string.Empty, Opleiding = string.Empty };
        var candidate = new DoorstroomRecord { MboInstellingName = string.Empty, Opleiding = string.Empty };
        Input.ApplyTo(candidate);
        if (DoorstroomRegels.EntreeNaLwt(Leerling, candidate, Today) is { } h1)
        {
            ModelState.AddModelError($"Input.{nameof(DoorstroomInput.Niveau)}", $"{h1.RuleId}: {h1.Message} ({h1.Citation.Text})");
            return Page();
        }

        Input.ApplyTo(record);
        if (Record is null)
        {
            db.Doorstroom.Add(record);
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Doorstroom van {Leerling.FullName} opgeslagen.";
        return RedirectToPage("Doorstroom", new { id });
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var student = await db.Leerlingen.Include(l => l.Routes).SingleOrDefaultAsync(l => l.Id == id, ct);
        if (student is null)
        {
            return false;
        }

        Leerling = student;
        Record = await db.Doorstroom.Where(d => d.LeerlingId == id).OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
        Partners = await db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Where(s => s.SchoolId == student.SchoolId && s.Soort == SamenwerkingSoort.LeerWerktraject && s.MboInstelling != null)
            .Select(s => s.MboInstelling!.Name)
            .Distinct()
            .OrderBy(n => n)
            .ToListAsync(ct);
        if (Record is not null)
        {
            var isPartner = Partners.Contains(Record.MboInstellingName, StringComparer.OrdinalIgnoreCase);
            Findings = DoorstroomRegels.Evaluate(student, Record, isPartner, Today);
        }

        return true;
    }
}
