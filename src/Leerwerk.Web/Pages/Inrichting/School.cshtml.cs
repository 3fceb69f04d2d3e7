using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Pages.Kalender;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Inrichting;

/// <summary>
/// Step 1 of the set-up: a new school (no id) or the data of an existing one. A new school, the beheerders'
/// membership of it and its calendar of the current school year (the national holidays of its regio) are stored in
/// one transaction; the login cookie is then refreshed so the beheerder sees the new school at once.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * SchoolLogo.MaxBytes)]
[RequestSizeLimit(2 * SchoolLogo.MaxBytes)]
public sealed class SchoolModel(
    LeerwerkDbContext db,
    AccountBootstrapper accounts,
    UserManager<LeerwerkUser> users,
    SignInManager<LeerwerkUser> signIn,
    HttpSchoolScope scope,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public SchoolInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    /// <summary>The bestuur a new school is made in, from the besturen page (<c>?bestuurId=</c>); only for the installation's beheerder.</summary>
    [BindProperty(SupportsGet = true)]
    public int? BestuurId { get; set; }

    public string? BestuurNaam { get; private set; }

    /// <summary>The address of the school's current logo, or null when it has none.</summary>
    public string? LogoUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        IsNew = id is null;
        if (id is null)
        {
            if (await CheckBestuurAsync(ct) is { } refused)
            {
                return refused;
            }

            Input = new SchoolInput { Vestiging = "00" };
            return Page();
        }

        var school = await db.Scholen.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }

        Input = SchoolInput.From(school);
        LogoUrl = LogoUrlOf(school);
        return Page();
    }

    /// <summary>Stores the school's logo after <see cref="SchoolLogo.ReadAsync"/> accepted it; otherwise the page shows why not.</summary>
    public async Task<IActionResult> OnPostLogoAsync(int id, IFormFile? logo, CancellationToken ct)
    {
        var school = await db.Scholen.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }

        var (bytes, contentType, error) = await SchoolLogo.ReadAsync(logo, ct);
        if (error is not null)
        {
            ModelState.AddModelError("Logo", error);
            Input = SchoolInput.From(school);
            LogoUrl = LogoUrlOf(school);
            return Page();
        }

        school.Logo = bytes;
        school.LogoContentType = contentType;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Het logo van {school.Name} is opgeslagen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLogoVerwijderenAsync(int id, CancellationToken ct)
    {
        var school = await db.Scholen.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }

        school.Logo = null;
        school.LogoContentType = null;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Het logo van {school.Name} is verwijderd.";
        return RedirectToPage(new { id });
    }

    private static string? LogoUrlOf(School school) => school.Logo is { } logo ? SchoolLogo.Url(school.Id, logo.Length) : null;

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        IsNew = id is null;
        var school = id is null
            ? new School { Name = string.Empty, BevoegdGezag = string.Empty, Brin = string.Empty }
            : await db.Scholen.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }

        if (id is null && await CheckBestuurAsync(ct) is { } refused)
        {
            return refused;
        }

        Input.Validate(ModelState, nameof(Input));
        await CheckUniqueAsync(id, ct);
        if (!ModelState.IsValid)
        {
            LogoUrl = LogoUrlOf(school);
            return Page();
        }

        Input.ApplyTo(school);
        if (id is not null)
        {
            await db.SaveChangesAsync(ct);
            TempData["Status"] = $"De gegevens van {school.Name} zijn opgeslagen.";
            return RedirectToPage("Index");
        }

        school.BestuurId = BestuurId;
        var user = await users.GetUserAsync(User);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Scholen.Add(school);
            await db.SaveChangesAsync(ct);
            await accounts.AddAdministratorsToSchoolAsync(school.Id, ct);
            if (user is not null)
            {
                await SeedKalenderAsync(user, school, ct);
            }

            await transaction.CommitAsync(ct);
        }

        // The school claims live in the cookie (ADR 0005): without a refresh the new school stays invisible.
        if (user is not null)
        {
            await signIn.RefreshSignInAsync(user);
        }

        TempData["Status"] = $"{school.Name} is aangemaakt. Kies nu de profielen die de school aanbiedt.";
        return RedirectToPage("Profielen", new { id = school.Id });
    }

    /// <summary>
    /// A new school in a bestuur: only the installation's beheerder arranges besturen (<see cref="AccountBootstrapper.IsInstallationAdministratorAsync"/>),
    /// and the bestuur must exist. Returns the refusal, or null (also when no bestuur is asked for).
    /// </summary>
    private async Task<IActionResult?> CheckBestuurAsync(CancellationToken ct)
    {
        if (BestuurId is null)
        {
            return null;
        }

        if (await users.GetUserAsync(User) is not { } user || !await accounts.IsInstallationAdministratorAsync(user, ct))
        {
            return Forbid();
        }

        BestuurNaam = await db.Besturen.Where(b => b.Id == BestuurId).Select(b => b.Name).SingleOrDefaultAsync(ct);
        return BestuurNaam is null ? NotFound() : null;
    }

    /// <summary>
    /// The calendar of the current school year, seeded with the national school holidays of the school's regio, so the
    /// forecast of stage hours counts the holidays from the first day. Only for a year whose holidays Leerwerk knows
    /// (built in or entered by the beheerder on the Schoolvakanties page): a saved calendar counts as entered by the
    /// school, and one without holidays would hide that they are still missing. The request continues with the user's refreshed schools (now
    /// including the new one, read in this transaction), so the save guard lets the calendar through, and only it.
    /// </summary>
    private async Task SeedKalenderAsync(LeerwerkUser user, School school, CancellationToken ct)
    {
        var jaar = KalenderSchool.HuidigJaar(clock);
        if ((await db.LoadSchoolvakantiesAsync(school.Regio, jaar, ct)).Count == 0)
        {
            return;
        }

        scope.Refresh(await signIn.CreateUserPrincipalAsync(user));
        await KalenderSchool.EnsureKalenderAsync(db, school, jaar, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A BRIN with its vestiging names one school in the whole installation, also one the user cannot see.</summary>
    private async Task CheckUniqueAsync(int? id, CancellationToken ct)
    {
        var brin = Domain.Scholen.Gegevens.Brin.Normalize(Input.Brin);
        var vestiging = Input.Vestiging?.Trim();
        if (brin is null || vestiging is null)
        {
            return;
        }

        var other = await db.Scholen.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Brin == brin && s.Vestiging == vestiging && s.Id != id)
            .Select(s => s.Name)
            .FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Vestiging)}", $"BRIN {brin} met vestiging {vestiging} is al in gebruik door {other}.");
        }
    }
}
