using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Ondertekenen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>One leer-werkovereenkomst with everything it sets, and a small form to record a signature (editors only).</summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class LeerwerkModel(LeerwerkDbContext db, IAuthorizationService authorization, TimeProvider clock, Tekenlinks tekenlinks) : PageModel
{
    public const string SignedInFutureMessage = "De datum van ondertekening mag niet in de toekomst liggen.";

    public Leerwerkovereenkomst Leerwerkovereenkomst { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    [BindProperty]
    public OndertekeningInput Input { get; set; } = new();

    [BindProperty]
    public EindeInput Einde { get; set; } = new();

    /// <summary>Why the last requested status change was refused, as findings with their citation; shown above the status buttons.</summary>
    public IReadOnlyList<Finding> Refusal { get; private set; } = [];

    /// <summary>The agreement this one replaced (WVO 2020 art. 2.107), when it is a replacement.</summary>
    public Leerwerkovereenkomst? Replaces { get; private set; }

    /// <summary>The leerbedrijven a replacement can go to, by name.</summary>
    public IReadOnlyList<(int Id, string Name)> Companies { get; private set; } = [];

    /// <summary>The signing links sent for this agreement, newest first.</summary>
    public IReadOnlyList<Ondertekeningslink> SigningLinks { get; private set; } = [];

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new OndertekeningInput { SignedOn = Today() };
        return Page();
    }

    /// <summary>Records one signature; the status does not change here (that comes with the signing workflow).</summary>
    public async Task<IActionResult> OnPostOndertekenAsync(int id, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Input.Partij == Partij.MboInstelling)
        {
            // The mbo-instelling signs the samenwerkingsovereenkomst, not a leer-werkovereenkomst.
            ModelState.AddModelError("Input.Partij", "Kies de partij die tekent.");
        }

        if (Input.SignedOn > Today())
        {
            ModelState.AddModelError("Input.SignedOn", SignedInFutureMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var signature = new Ondertekening
        {
            SchoolId = Leerwerkovereenkomst.SchoolId,
            LeerwerkovereenkomstId = Leerwerkovereenkomst.Id,
            Partij = Input.Partij!.Value,
            SignerName = Input.SignerName!.Trim(),
            SignedOn = Input.SignedOn!.Value,
        };
        db.Ondertekeningen.Add(signature);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Ondertekening door {signature.SignerName} ({signature.Partij.Label().ToLower(Nl.Culture)}) opgeslagen.";
        return RedirectToPage(null, null, new { id }, "ondertekening");
    }

    /// <summary>Moves the agreement to the next status (ter ondertekening, terug naar concept, getekend, actief).</summary>
    public async Task<IActionResult> OnPostStatusAsync(int id, LeerwerkovereenkomstStatus naar, CancellationToken ct)
    {
        ModelState.Clear();
        if (naar is LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen)
        {
            return BadRequest();
        }

        return await TransitionAsync(id, naar, null, ct);
    }

    /// <summary>Ends the agreement with a date and a reason.</summary>
    public async Task<IActionResult> OnPostBeeindigAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        return await TransitionAsync(id, LeerwerkovereenkomstStatus.Beeindigd, new Beeindiging(Einde.On, Einde.Reason), ct);
    }

    /// <summary>
    /// Replaces the agreement (WVO 2020 art. 2.107): the domain checks the cause and makes the replacement placement
    /// (<see cref="Levensloop.Vervang"/>); the page loads the agreement and the chosen leerbedrijf, and saves both.
    /// </summary>
    public async Task<IActionResult> OnPostVervangAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var agreement = await Tekenlinks.LoadAsync(db, id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        var company = Einde.NewLeerbedrijfId is { } companyId
            ? await db.Leerbedrijven.FirstOrDefaultAsync(b => b.Id == companyId, ct)
            : null;
        var result = Levensloop.Vervang(agreement, agreement.Leerling!, new Vervanging(Einde.On, Einde.Reason, company, Einde.NewStartDate), UserName(), clock.GetUtcNow().UtcDateTime);
        if (!result.IsAllowed)
        {
            return await RefuseAsync(id, result.Overgang.Refusals, ct);
        }

        db.Leerwerkovereenkomsten.Add(result.Replacement!);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"De overeenkomst is vervangen. Dit is de vervangende plaatsing bij {company!.Name}: vul haar aan en laat haar tekenen.";
        return RedirectToPage(null, null, new { id = result.Replacement!.Id }, null);
    }

    private async Task<IActionResult> TransitionAsync(int id, LeerwerkovereenkomstStatus naar, Beeindiging? request, CancellationToken ct)
    {
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var agreement = await Tekenlinks.LoadAsync(db, id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = Levensloop.Apply(agreement, agreement.Leerling!, naar, UserName(), now, request);
        if (!result.IsAllowed)
        {
            return await RefuseAsync(id, result.Refusals, ct);
        }

        // Going out for signing sends each party its link, in the same save; any other move ends the open links.
        IReadOnlyList<string> missing = [];
        if (naar == LeerwerkovereenkomstStatus.TerOndertekening)
        {
            missing = await tekenlinks.SendAsync(db, agreement, now, ct);
        }
        else
        {
            await Tekenlinks.RevokeAllAsync(db, agreement.Id, now, ct);
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"De status is nu: {naar.Label().ToLower(Nl.Culture)}." + (naar == LeerwerkovereenkomstStatus.TerOndertekening ? TekenlinkMeldingen.Verstuurd(missing, Iedereen) : "");
        return RedirectToPage(null, null, new { id }, "status");
    }

    /// <summary>Sends new links to everyone who has not signed yet; earlier links stop working.</summary>
    public async Task<IActionResult> OnPostTekenlinksVersturenAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var agreement = await Tekenlinks.LoadAsync(db, id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        if (agreement.Status != LeerwerkovereenkomstStatus.TerOndertekening)
        {
            TempData["Status"] = TekenlinkMeldingen.AlleenTerOndertekening;
            return RedirectToPage(null, null, new { id }, "ondertekening");
        }

        var missing = await tekenlinks.SendAsync(db, agreement, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = TekenlinkMeldingen.OpnieuwVerstuurd(missing, Iedereen);
        return RedirectToPage(null, null, new { id }, "ondertekening");
    }

    /// <summary>Revokes one signing link: it opens nothing any more.</summary>
    public async Task<IActionResult> OnPostTekenlinkIntrekkenAsync(int id, int link, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await MayEditAsync())
        {
            return Forbid();
        }

        var found = await Tekenlinks.RevokeOneAsync(db.Ondertekeningslinks.Where(l => l.LeerwerkovereenkomstId == id), link, clock.GetUtcNow().UtcDateTime, ct);
        if (found is null)
        {
            return NotFound();
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = TekenlinkMeldingen.Ingetrokken(found);
        return RedirectToPage(null, null, new { id }, "ondertekening");
    }

    private const string Iedereen = "Iedereen die moet tekenen krijgt een link per e-mail.";

    private async Task<IActionResult> RefuseAsync(int id, IReadOnlyList<Finding> reasons, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Refusal = reasons;
        Input = new OndertekeningInput { SignedOn = Today() };
        return Page();
    }

    private string UserName() => User.Identity?.Name ?? "onbekend";

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(o => o.Leerling)
            .Include(o => o.Leerbedrijf)
            .Include(o => o.Praktijkbegeleider)
            .Include(o => o.Ondertekeningen)
            .Include(o => o.StatusGeschiedenis)
            .Include(o => o.ReplacedBy!).ThenInclude(r => r.Leerbedrijf)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (agreement is null)
        {
            return false;
        }

        Leerwerkovereenkomst = agreement;
        SigningLinks = await db.Ondertekeningslinks.AsNoTracking().Where(l => l.LeerwerkovereenkomstId == id)
            .OrderByDescending(l => l.IssuedAt).ThenByDescending(l => l.Id).ToListAsync(ct);
        Replaces = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(o => o.Leerbedrijf)
            .FirstOrDefaultAsync(o => o.ReplacedById == id, ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
        if (CanEdit && Levensloop.Next(agreement.Status).Contains(LeerwerkovereenkomstStatus.Vervangen))
        {
            var companies = await db.Leerbedrijven.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct);
            Companies = [.. companies.Select(c => (c.Id, c.Name))];
        }

        Einde.On ??= Today();
        return true;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    // Checked before the agreement is read, so a reader learns nothing from the answer, not even whether the id exists.
    private async Task<bool> MayEditAsync() => (await authorization.AuthorizeAsync(User, Policies.Editors)).Succeeded;
}
