using System.Security.Claims;
using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Tenancy;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>
/// One account of the beheerder's schools: name and role, deactivation and re-activation, and a new one-time password.
/// An account of another school answers 404. The beheerder cannot take away its own role or access.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class BewerkenModel(LeerwerkDbContext db, ISchoolScope scope, AccountBeheer beheer, AccountBootstrapper accounts) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public LeerwerkUser Account { get; private set; } = null!;

    public AccountKeuzes Keuzes { get; private set; } = null!;

    public bool Actief => !AccountBeheer.IsDeactivated(Account);

    public bool IsSelf => Account.Id == User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? Rol { get; private set; }

    public int GekoppeldeLeerlingen { get; private set; }

    /// <summary>Set only on the answer to a password reset: the one time the new password is shown.</summary>
    public string? OneTimePassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new AccountInput { DisplayName = Account.DisplayName, Role = Rol, MboInstellingId = Account.MboInstellingId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var schoolIds = await db.UserSchools.Where(s => s.UserId == id).Select(s => s.SchoolId).ToListAsync(ct);
        Keuzes.Check(Input, schoolIds, ModelState);
        if (IsSelf && Input.Role != Rol)
        {
            ModelState.AddModelError("Input.Role", "U kunt uw eigen rol niet wijzigen; vraag dat een andere beheerder.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var errors = await beheer.ChangeAsync(Account, Input.DisplayName!, Input.Role!, Input.MboInstellingId, ct);
        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (errors.Count > 0)
        {
            return Page();
        }

        TempData["Status"] = $"De gegevens van {Account.UserName} zijn opgeslagen.";
        return RedirectToPage("Bewerken", new { id });
    }

    public async Task<IActionResult> OnPostDeactiverenAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError(string.Empty, "U kunt uw eigen account niet deactiveren; vraag dat een andere beheerder.");
            FillInput();
            return Page();
        }

        await beheer.DeactivateAsync(Account, ct);
        TempData["Status"] = $"Het account {Account.UserName} is gedeactiveerd: inloggen kan niet meer.";
        return RedirectToPage("Bewerken", new { id });
    }

    public async Task<IActionResult> OnPostActiverenAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await beheer.ActivateAsync(Account, ct);
        TempData["Status"] = $"Het account {Account.UserName} is weer actief.";
        return RedirectToPage("Bewerken", new { id });
    }

    public async Task<IActionResult> OnPostWachtwoordAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        OneTimePassword = await accounts.ResetPasswordAsync(Account, ct);
        FillInput();
        return Page();
    }

    private void FillInput() => Input = new AccountInput { DisplayName = Account.DisplayName, Role = Rol, MboInstellingId = Account.MboInstellingId };

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var account = await BeheerbareAccounts.FindAsync(db, scope.SchoolIds, id, ct);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Rol = await beheer.RoleOfAsync(account);
        Keuzes = await AccountKeuzes.LoadAsync(db, ct);
        GekoppeldeLeerlingen = await db.MentorLeerlingen.CountAsync(m => m.UserId == id, ct);
        return true;
    }
}
