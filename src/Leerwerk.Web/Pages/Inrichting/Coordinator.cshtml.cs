using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Domain;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Inrichting;

/// <summary>
/// Step 4 of the set-up: the coördinator's account, made as the first beheerder is: a one-time password,
/// shown once on this answer and never stored readable, to be changed at the first login.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class CoordinatorModel(LeerwerkDbContext db, AccountBootstrapper accounts) : PageModel
{
    [BindProperty]
    [Required]
    [StringLength(Tekstlengte.Gebruiker)]
    [Kolom(typeof(LeerwerkUser), nameof(LeerwerkUser.UserName))]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "Een gebruikersnaam bestaat uit letters, cijfers en - . _ @ +, zonder spaties.")]
    [Display(Name = "Gebruikersnaam")]
    public string? UserName { get; set; }

    [BindProperty]
    [Required]
    [StringLength(Tekstlengte.Standaard)]
    [Kolom(typeof(LeerwerkUser), nameof(LeerwerkUser.DisplayName))]
    [Display(Name = "Naam zoals Leerwerk die toont")]
    public string? DisplayName { get; set; }

    public string SchoolName { get; private set; } = string.Empty;

    public IReadOnlyList<string> Coordinatoren { get; private set; } = [];

    /// <summary>Set only on the answer to a successful POST: the one time the password is shown.</summary>
    public string? OneTimePassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await accounts.CreateAccountAsync(UserName!, DisplayName!, Roles.Coordinator, [id], cancellationToken: ct);
        if (!account.Succeeded)
        {
            foreach (var error in account.Errors)
            {
                ModelState.AddModelError(nameof(UserName), error);
            }

            return Page();
        }

        OneTimePassword = account.Password;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var school = await db.Scholen.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return false;
        }

        SchoolName = school.Name;
        var role = await db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id).SingleOrDefaultAsync(ct);
        Coordinatoren = await db.Users
            .Where(u => db.UserSchools.Any(s => s.UserId == u.Id && s.SchoolId == id) && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == role))
            .OrderBy(u => u.UserName)
            .Select(u => u.UserName!)
            .ToListAsync(ct);
        return true;
    }
}
