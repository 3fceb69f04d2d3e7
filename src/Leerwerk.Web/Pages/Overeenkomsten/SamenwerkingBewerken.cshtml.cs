using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Ondertekenen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>Changes a samenwerkingsovereenkomst: partner, soort, term, notice, end and what it covers.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class SamenwerkingBewerkenModel(LeerwerkDbContext db, TimeProvider clock) : SamenwerkingFormModel(db, clock)
{
    // What the signed text is made of (Tekentekst); notice and end are recorded beside it.
    private static readonly string[] TextProperties =
    [
        nameof(Samenwerkingsovereenkomst.MboInstellingId), nameof(Samenwerkingsovereenkomst.Soort), nameof(Samenwerkingsovereenkomst.StartDate),
        nameof(Samenwerkingsovereenkomst.EndDate), nameof(Samenwerkingsovereenkomst.CoversDoorlopendeLeerweg),
        nameof(Samenwerkingsovereenkomst.Toelatingscommissie), nameof(Samenwerkingsovereenkomst.OnderwerpenSamenwerking),
    ];

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await Db.Samenwerkingsovereenkomsten.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Id = id;
        await LoadPartnersAsync(ct);
        Input = From(agreement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var agreement = await Db.Samenwerkingsovereenkomsten.Include(s => s.Ondertekeningen).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Id = id;
        await LoadPartnersAsync(ct);
        var partner = Validate();
        if (partner is not null && partner.SchoolId != agreement.SchoolId)
        {
            ModelState.AddModelError("Input.MboInstellingId", "Kies een mbo-partner van dezelfde school.");
        }

        if (!ModelState.IsValid || partner is null)
        {
            return Page();
        }

        Apply(agreement, partner);
        var vervallen = await VoidIfTextChangedAsync(agreement, ct);
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = $"Samenwerkingsovereenkomst met {partner.Name} opgeslagen." + vervallen;
        return RedirectToPage("Samenwerking", new { id });
    }

    /// <summary>
    /// The parties signed the earlier text: when the text changes, the signatures made through the app lapse, the open
    /// links stop working, and the agreement must be offered again. Notice and end are no part of the signed text.
    /// </summary>
    private async Task<string> VoidIfTextChangedAsync(Samenwerkingsovereenkomst agreement, CancellationToken ct)
    {
        var offered = agreement.Ondertekenstatus is SamenwerkingOndertekenstatus.TerOndertekening or SamenwerkingOndertekenstatus.Getekend;
        if ((!offered && agreement.Ondertekeningen.Count == 0) || !TextChanged(agreement))
        {
            return "";
        }

        var lapsed = SamenwerkingOndertekening.Void(agreement);
        Db.Ondertekeningen.RemoveRange(lapsed);
        await Tekenlinks.RevokeAllOfSamenwerkingAsync(Db, agreement.Id, UtcNow(), ct);
        return lapsed.Count == 0
            ? " De inhoud is gewijzigd: de verstuurde links werken niet meer; bied de overeenkomst opnieuw ter ondertekening aan."
            : string.Create(Nl.Culture, $" De inhoud is gewijzigd: {(lapsed.Count == 1 ? "de handtekening" : $"de {lapsed.Count} handtekeningen")} onder de vorige tekst {(lapsed.Count == 1 ? "is" : "zijn")} vervallen; bied de overeenkomst opnieuw ter ondertekening aan.");
    }

    private bool TextChanged(Samenwerkingsovereenkomst agreement)
    {
        Db.ChangeTracker.DetectChanges();
        var entry = Db.Entry(agreement);
        return TextProperties.Any(p => entry.Property(p).IsModified);
    }
}
