using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Besturen;

/// <summary>
/// The besturen (boards) of the installation and their schools. A beheerder of the installation
/// (<see cref="AccountBootstrapper.IsInstallationAdministratorAsync"/>) sees every bestuur, makes a new one, adds a school
/// to a bestuur (moving it out of another), takes a school out, and makes a new school in a bestuur through the set-up's
/// own school form. Any other beheerder sees, read-only, only its own bestuur and the besturen of its own schools. Every
/// change is audited (a school under its own id, a bestuur as the installation's). Board users get a moved school's
/// claims at their next login (ADR 0005).
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class IndexModel(LeerwerkDbContext db, AccountBootstrapper accounts, UserManager<LeerwerkUser> users) : PageModel
{
    [BindProperty]
    public BestuurInput Input { get; set; } = new();

    public bool MagBeheren { get; private set; }

    public IReadOnlyList<BestuurRij> Besturen { get; private set; } = [];

    public IReadOnlyList<SchoolRij> ZonderBestuur { get; private set; } = [];

    public IReadOnlyList<SchoolRij> Scholen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNieuwAsync(CancellationToken ct)
    {
        if (!await InstallationAsync(ct))
        {
            return Forbid();
        }

        var name = Input.Name?.Trim();
        if (name is not null && await db.Besturen.AnyAsync(b => b.Name == name, ct))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", $"Er is al een bestuur met de naam {name}.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.Besturen.Add(new Bestuur { Name = name!, BevoegdGezagNummer = string.IsNullOrWhiteSpace(Input.BevoegdGezagNummer) ? null : Input.BevoegdGezagNummer.Trim() });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Bestuur {name} is aangemaakt.";
        return RedirectToPage();
    }

    /// <summary>Puts a school under the bestuur; a school of another bestuur moves (a school has one bestuur).</summary>
    public async Task<IActionResult> OnPostToevoegenAsync(int bestuurId, int schoolId, CancellationToken ct)
    {
        if (!await InstallationAsync(ct))
        {
            return Forbid();
        }

        var bestuur = await db.Besturen.SingleOrDefaultAsync(b => b.Id == bestuurId, ct);
        var school = await db.Scholen.SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (bestuur is null || school is null)
        {
            return NotFound();
        }

        school.BestuurId = bestuur.Id;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{school.Name} valt nu onder {bestuur.Name}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUithalenAsync(int schoolId, CancellationToken ct)
    {
        if (!await InstallationAsync(ct))
        {
            return Forbid();
        }

        var school = await db.Scholen.SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return NotFound();
        }

        school.BestuurId = null;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{school.Name} valt niet meer onder een bestuur.";
        return RedirectToPage();
    }

    private async Task<bool> InstallationAsync(CancellationToken ct) =>
        await users.GetUserAsync(User) is { } user && await accounts.IsInstallationAdministratorAsync(user, ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        MagBeheren = user is not null && await accounts.IsInstallationAdministratorAsync(user, ct);

        // The school filter of the context limits the schools to the user's own (ADR 0005); besturen are not school-owned,
        // so they are limited here: the installation's beheerder sees every one, anyone else the ones of its own schools.
        var scholen = await db.Scholen.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SchoolRij(s.Id, s.Name, s.Brin, s.Vestiging, s.BestuurId))
            .ToListAsync(ct);
        var eigen = scholen.Where(s => s.BestuurId is not null).Select(s => s.BestuurId!.Value).ToHashSet();
        if (user?.BestuurId is { } own)
        {
            eigen.Add(own);
        }

        var besturen = await db.Besturen.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
        Besturen = [.. besturen.Where(b => MagBeheren || eigen.Contains(b.Id))
            .Select(b => new BestuurRij(b.Id, b.Name, b.BevoegdGezagNummer, [.. scholen.Where(s => s.BestuurId == b.Id)]))];
        ZonderBestuur = [.. scholen.Where(s => s.BestuurId is null)];
        Scholen = scholen;
    }

    public sealed record SchoolRij(int Id, string Name, string Brin, string? Vestiging, int? BestuurId)
    {
        public string Label => $"{Name} ({Brin}{Vestiging})";
    }

    public sealed record BestuurRij(int Id, string Name, string? BevoegdGezagNummer, IReadOnlyList<SchoolRij> Scholen);
}
