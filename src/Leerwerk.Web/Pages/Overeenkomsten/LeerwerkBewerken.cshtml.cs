using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>
/// Changes the parties, content, period, hours and rooster of a concept leer-werkovereenkomst; its status stays as it
/// is. After the concept the content is fixed (<see cref="Levensloop.InhoudVast"/>): the page says why and saves
/// nothing. Signatures on an earlier text (it went out for signing and came back to concept) lapse when the text changes.
/// </summary>
[Authorize(Policy = Policies.Editors)]
public sealed class LeerwerkBewerkenModel(LeerwerkDbContext db, TimeProvider clock) : LeerwerkFormModel(db, clock)
{
    public int Id { get; private set; }

    /// <summary>Why the content can no longer be changed; null while it can.</summary>
    public string? Vast { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await Db.Leerwerkovereenkomsten.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Id = id;
        Vast = Levensloop.InhoudVast(agreement.Status);
        if (Vast is null)
        {
            await LoadChoicesAsync(ct, agreement.LeerlingId);
            Input = From(agreement);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var agreement = await Db.Leerwerkovereenkomsten.Include(o => o.Ondertekeningen).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Id = id;
        Vast = Levensloop.InhoudVast(agreement.Status);
        if (Vast is not null)
        {
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        await LoadChoicesAsync(ct, agreement.LeerlingId);
        var (student, company) = Validate();
        if (student is not null && student.SchoolId != agreement.SchoolId)
        {
            ModelState.AddModelError("Input.LeerlingId", "Kies een leerling van dezelfde school.");
        }

        if (!ModelState.IsValid || student is null || company is null)
        {
            return Page();
        }

        Apply(agreement, student, company);
        var vervallen = TekstGewijzigd(agreement) ? agreement.Ondertekeningen.Count : 0;
        if (vervallen > 0)
        {
            // They signed the earlier text; the parties sign again (rule E6), each removal audited.
            Db.Ondertekeningen.RemoveRange(agreement.Ondertekeningen);
        }

        await Db.SaveChangesAsync(ct);
        TempData["Status"] = $"Leer-werkovereenkomst van {student.FullName} bij {company.Name} opgeslagen."
            + (vervallen > 0 ? string.Create(Nl.Culture, $" De inhoud is gewijzigd: {(vervallen == 1 ? "de handtekening" : $"de {vervallen} handtekeningen")} onder de vorige tekst {(vervallen == 1 ? "is" : "zijn")} vervallen; laat opnieuw tekenen.") : "");
        return RedirectToPage("Leerwerk", new { id });
    }

    /// <summary>True when saving would change the agreement's text, its rooster included (an owned entry of its own).</summary>
    private bool TekstGewijzigd(Leerwerkovereenkomst agreement)
    {
        Db.ChangeTracker.DetectChanges();
        var entry = Db.Entry(agreement);
        return entry.Properties.Any(p => p.IsModified)
            || entry.Reference(o => o.Rooster).TargetEntry?.Properties.Any(p => p.IsModified) == true;
    }
}
