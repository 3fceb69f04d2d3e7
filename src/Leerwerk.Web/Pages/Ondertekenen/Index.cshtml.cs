using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Documents;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Leerwerk.Web.Ondertekenen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Ondertekenen;

/// <summary>
/// The page behind a signing link, without an account: the agreement (a leer-werkovereenkomst or a samenwerkingsovereenkomst,
/// <see cref="Tekenstuk"/>)'s full text (as the PDF has it), and signing as an
/// explicit act: the typed full name, a tick "gelezen en akkoord" and the one-time code mailed to the link's address.
/// A GET never changes anything (mail scanners open links); every kind of bad link gets the same refusal.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(GoedkeuringslinkRateLimit.Policy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel(TekenlinkToegang toegang, TimeProvider clock) : PageModel
{
    public const string NameMessage = "Vul uw volledige naam in (minstens 2 tekens).";

    public const string AkkoordMessage = "Vink aan dat u de tekst hebt gelezen en ermee akkoord gaat.";

    public const string CodeMessage = "De code klopt niet of is verlopen. Vraag zo nodig een nieuwe code aan.";

    /// <summary>The link is unknown, expired, revoked or used (one answer for all).</summary>
    public bool Refused { get; private set; }

    /// <summary>This request signed: the thank-you page.</summary>
    public bool HasSigned { get; private set; }

    public DocumentText? Text { get; private set; }

    public string? TextHash { get; private set; }

    public Partij Partij { get; private set; }

    /// <summary>What is signed: "leer-werkovereenkomst" or "samenwerkingsovereenkomst".</summary>
    public string Word { get; private set; } = "overeenkomst";

    /// <summary>A code was requested and is still valid.</summary>
    public bool CodeSent { get; private set; }

    [BindProperty]
    [StringLength(Tekstlengte.Standaard)]
    [Kolom(typeof(Ondertekening), nameof(Ondertekening.SignerName))]
    public string? Naam { get; set; }

    [BindProperty]
    public bool Akkoord { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var link = await toegang.FindAsync(token, ct);
        if (link is null)
        {
            return Refusal();
        }

        await using var db = toegang.ScopedContext(link, "ondertekeningslink");
        return await ShowAsync(db, link, ct) is null ? Refusal() : Page();
    }

    /// <summary>Mails a new one-time code to the link's address; an earlier code stops working.</summary>
    public async Task<IActionResult> OnPostCodeAsync(string token, CancellationToken ct)
    {
        ModelState.Clear();
        var link = await toegang.FindAsync(token, ct);
        if (link is null)
        {
            return Refusal();
        }

        await using var db = toegang.ScopedContext(link, $"{link.RecipientName} (via ondertekeningslink)");
        var tracked = await db.Ondertekeningslinks.SingleAsync(l => l.Id == link.Id, ct);
        if (await ShowAsync(db, tracked, ct) is null)
        {
            return Refusal();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var code = Tekenlink.NewCode(tracked, now);
        var school = await db.Scholen.SingleAsync(s => s.Id == tracked.SchoolId, ct);
        MailOutbox.Enqueue(db, school, TekenlinkMail.Code(school, tracked, code), now);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"We hebben een code gestuurd naar het e-mailadres waarop u deze link ontving. De code is {Tekenlink.CodeMinutes} minuten geldig.";
        return RedirectToPage(null, null, new { token }, "tekenen");
    }

    /// <summary>Signs for the link's party when the name, the tick and the code are right; the last signature makes the agreement getekend.</summary>
    public async Task<IActionResult> OnPostTekenAsync(string token, CancellationToken ct)
    {
        var link = await toegang.FindAsync(token, ct);
        if (link is null)
        {
            return Refusal();
        }

        var name = Naam?.Trim();
        if (name is null || name.Length < 2 || name.Length > 200)
        {
            ModelState.AddModelError(nameof(Naam), NameMessage);
        }

        if (!Akkoord)
        {
            ModelState.AddModelError(nameof(Akkoord), AkkoordMessage);
        }

        var actor = $"{name ?? link.RecipientName} (via ondertekeningslink, {link.Partij.Label().ToLower(Nl.Culture)})";
        await using var db = toegang.ScopedContext(link, actor);
        var tracked = await db.Ondertekeningslinks.SingleAsync(l => l.Id == link.Id, ct);
        var stuk = await ShowAsync(db, tracked, ct);
        if (stuk is null)
        {
            return Refusal();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!Tekenlink.CheckCode(tracked, Code, now))
        {
            // The failed attempt is stored: the code is spent after a few.
            await db.SaveChangesAsync(ct);
            ModelState.AddModelError(nameof(Code), CodeMessage);
            CodeSent = tracked.CodeAttempts < Tekenlink.MaxCodeAttempts && tracked.CodeExpiresAt > now;
            return Page();
        }

        var signature = new Ondertekening
        {
            SchoolId = tracked.SchoolId,
            Partij = tracked.Partij,
            SignerName = name!,
            SignedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            SignedAt = now,
            TextHash = TextHash,
            IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
        };
        tracked.Ondertekening = signature;
        Tekenlink.Use(tracked, now);
        await stuk.SignAsync(db, tracked, signature, actor, now, ct);
        await db.SaveChangesAsync(ct);
        HasSigned = true;
        return Page();
    }

    /// <summary>Loads the text for the link; null when the agreement no longer waits for signatures.</summary>
    private async Task<Tekenstuk?> ShowAsync(LeerwerkDbContext db, Ondertekeningslink link, CancellationToken ct)
    {
        var stuk = await Tekenstuk.LoadAsync(db, link, ct);
        if (stuk is null)
        {
            return null;
        }

        Word = stuk.Word;
        Text = stuk.Text;
        TextHash = Tekentekst.Hash(Text);
        Partij = link.Partij;
        CodeSent = link.CodeHash is not null && link.CodeExpiresAt > clock.GetUtcNow().UtcDateTime && link.CodeAttempts < Tekenlink.MaxCodeAttempts;
        return stuk;
    }

    private PageResult Refusal()
    {
        Refused = true;
        Text = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
