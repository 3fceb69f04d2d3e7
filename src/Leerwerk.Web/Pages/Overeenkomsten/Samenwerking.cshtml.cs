using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Ondertekenen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>
/// One samenwerkingsovereenkomst with an mbo partner; editors can offer it for signing by both bevoegde gezagen through
/// signing links (as the leer-werkovereenkomst), re-send and revoke the links.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class SamenwerkingModel(LeerwerkDbContext db, IAuthorizationService authorization, TimeProvider clock, Tekenlinks tekenlinks) : PageModel
{
    public Samenwerkingsovereenkomst Samenwerkingsovereenkomst { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>The signing links sent for this agreement, newest first.</summary>
    public IReadOnlyList<Ondertekeningslink> SigningLinks { get; private set; } = [];

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Include(s => s.MboInstelling)
            .Include(s => s.VerwanteOpleidingen)
            .Include(s => s.Geschiedenis)
            .Include(s => s.Ondertekeningen)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Samenwerkingsovereenkomst = agreement;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        CanEdit = await MayEditAsync();
        SigningLinks = await db.Ondertekeningslinks.AsNoTracking().Where(l => l.SamenwerkingsovereenkomstId == id)
            .OrderByDescending(l => l.IssuedAt).ThenByDescending(l => l.Id).ToListAsync(ct);
        return Page();
    }

    /// <summary>Offers the agreement for signing: both bevoegde gezagen get their link through the outbox, in the same save.</summary>
    public async Task<IActionResult> OnPostAanbiedenAsync(int id, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var agreement = await Tekenlinks.LoadSamenwerkingAsync(db, id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        if (agreement.Ondertekenstatus is SamenwerkingOndertekenstatus.TerOndertekening or SamenwerkingOndertekenstatus.Getekend)
        {
            TempData["Status"] = $"De overeenkomst is al {agreement.Ondertekenstatus.Label().ToLower(Nl.Culture)}.";
            return RedirectToPage(null, null, new { id }, "ondertekening");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        SamenwerkingOndertekening.Offer(agreement, now);
        var missing = await tekenlinks.SendAsync(db, agreement, now, ct);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De overeenkomst is ter ondertekening aangeboden." + TekenlinkMeldingen.Verstuurd(missing, Beide);
        return RedirectToPage(null, null, new { id }, "ondertekening");
    }

    /// <summary>Sends new links to whoever has not signed yet; earlier links stop working.</summary>
    public async Task<IActionResult> OnPostTekenlinksVersturenAsync(int id, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var agreement = await Tekenlinks.LoadSamenwerkingAsync(db, id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        if (agreement.Ondertekenstatus != SamenwerkingOndertekenstatus.TerOndertekening)
        {
            TempData["Status"] = TekenlinkMeldingen.AlleenTerOndertekening;
            return RedirectToPage(null, null, new { id }, "ondertekening");
        }

        var missing = await tekenlinks.SendAsync(db, agreement, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = TekenlinkMeldingen.OpnieuwVerstuurd(missing, Beide);
        return RedirectToPage(null, null, new { id }, "ondertekening");
    }

    /// <summary>Revokes one signing link: it opens nothing any more.</summary>
    public async Task<IActionResult> OnPostTekenlinkIntrekkenAsync(int id, int link, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var found = await Tekenlinks.RevokeOneAsync(db.Ondertekeningslinks.Where(l => l.SamenwerkingsovereenkomstId == id), link, clock.GetUtcNow().UtcDateTime, ct);
        if (found is null)
        {
            return NotFound();
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = TekenlinkMeldingen.Ingetrokken(found);
        return RedirectToPage(null, null, new { id }, "ondertekening");
    }

    private const string Beide = "Beide bevoegde gezagen krijgen een link per e-mail.";

    // Checked before the agreement is read, so a reader learns nothing from the answer, not even whether the id exists.
    private async Task<bool> MayEditAsync() => (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
}
