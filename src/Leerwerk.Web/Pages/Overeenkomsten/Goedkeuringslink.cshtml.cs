using Leerwerk.Data;
using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.StageUren;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>
/// Issues, re-issues and revokes the praktijkbegeleider's approval link of one leer-werkovereenkomst.
/// The token is shown once, right after issuing (only its hash is stored), with its QR code.
/// </summary>
[Authorize(Policy = Policies.Editors)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class GoedkeuringslinkModel(LeerwerkDbContext db, TimeProvider clock, PublicLinks links) : PageModel
{
    public Leerwerkovereenkomst Leerwerkovereenkomst { get; private set; } = null!;

    public GoedkeuringslinkState State { get; private set; }

    /// <summary>The link, only in the response that issued it.</summary>
    public string? NewLink { get; private set; }

    public string? QrDataUri { get; private set; }

    public string? NewToken { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUitgevenAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        NewToken = Goedkeuringslink.Issue(Leerwerkovereenkomst, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        NewLink = LinkFor(NewToken);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(GoedkeuringslinkQr.Png(NewLink));
        State = Goedkeuringslink.CurrentState(Leerwerkovereenkomst, Today());
        return Page();
    }

    /// <summary>
    /// Issues a new link and e-mails it to the praktijkbegeleider: the new token and the message are saved together,
    /// so the outbox sends exactly the link that is valid. The token is not shown here (it is in the message only).
    /// </summary>
    public async Task<IActionResult> OnPostMailenAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var address = Leerwerkovereenkomst.Praktijkbegeleider?.Email;
        if (string.IsNullOrWhiteSpace(address))
        {
            TempData["Status"] = "De praktijkbegeleider heeft geen e-mailadres. Vul het in bij het leerbedrijf, of maak een link aan en geef die zelf door.";
            return RedirectToPage(null, null, new { id });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = Goedkeuringslink.Issue(Leerwerkovereenkomst, now);
        var school = await db.Scholen.SingleAsync(s => s.Id == Leerwerkovereenkomst.SchoolId, ct);
        MailOutbox.Enqueue(db, school, GoedkeuringslinkMail.Compose(school, Leerwerkovereenkomst, links.Goedkeuren(token)), now);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Een nieuwe link staat klaar om gemaild te worden naar {address}. Een eerdere link werkt niet meer.";
        return RedirectToPage(null, null, new { id });
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Goedkeuringslink.Revoke(Leerwerkovereenkomst, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De goedkeuringslink is ingetrokken. De praktijkbegeleider kan er niets meer mee.";
        return RedirectToPage(null, null, new { id });
    }

    /// <summary>The QR code as a PNG download; the token comes from the page that issued it and must still be the valid one.</summary>
    public async Task<IActionResult> OnPostQrAsync(int id, string? token, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || token is null
            || Goedkeuringslink.StateOf(Leerwerkovereenkomst, token, Today()) != GoedkeuringslinkState.Geldig)
        {
            return NotFound();
        }

        return File(GoedkeuringslinkQr.Png(LinkFor(token)), "image/png", $"goedkeuringslink-{Leerwerkovereenkomst.Id}.png");
    }

    // The configured public address, never the request's Host header (a client could make the link point elsewhere).
    private string LinkFor(string token) => links.Goedkeuren(token);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Leerwerkovereenkomsten
            .Include(o => o.Leerling)
            .Include(o => o.Leerbedrijf)
            .Include(o => o.Praktijkbegeleider)
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (agreement is null)
        {
            return false;
        }

        Leerwerkovereenkomst = agreement;
        State = Goedkeuringslink.CurrentState(agreement, Today());
        return true;
    }

    public DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public string StateText => State switch
    {
        GoedkeuringslinkState.Geldig => $"Er is een geldige link, uitgegeven op {Nl.Date(DateOnly.FromDateTime(Leerwerkovereenkomst.ApprovalTokenIssuedAt!.Value))}, geldig tot en met {Nl.Date(Goedkeuringslink.ValidUntil(Leerwerkovereenkomst))}.",
        GoedkeuringslinkState.Ingetrokken => $"De link is ingetrokken op {Nl.Date(DateOnly.FromDateTime(Leerwerkovereenkomst.ApprovalTokenRevokedAt!.Value))}.",
        GoedkeuringslinkState.Verlopen => $"De link is verlopen op {Nl.Date(Goedkeuringslink.ValidUntil(Leerwerkovereenkomst))} (30 dagen na het einde van de overeenkomst).",
        _ => "Er is nog geen link uitgegeven.",
    };
}
