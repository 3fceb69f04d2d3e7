using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Account;

[Authorize]
public sealed class WachtwoordWijzigenModel(UserManager<LeerwerkUser> users, SignInManager<LeerwerkUser> signIn, LeerwerkDbContext db) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Inloggen");
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        foreach (var claim in (await users.GetClaimsAsync(user)).Where(c => c.Type == AccountBootstrapper.MustChangePasswordClaim))
        {
            await users.RemoveClaimAsync(user, claim);
        }

        // ChangePasswordAsync gave the user a new security stamp: every other session ends; this one goes on.
        await signIn.RefreshSignInAsync(user);
        await AuditEvents.WriteAsync(db, await AuditEvents.SchoolsOfUserAsync(db, user.Id, ct), user.UserName!,
            AccountAudit.EntityType, user.Id, AccountAudit.PasswordChanged, new Dictionary<string, object?> { ["PasswordHash"] = "***" }, ct);
        TempData["Status"] = "Uw wachtwoord is gewijzigd.";
        return RedirectToPage("/Index");
    }

    public sealed class PasswordInput
    {
        [Required]
        [DataType(DataType.Password)]
        [Display(Name = "Huidig wachtwoord")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required]
        [StringLength(200, MinimumLength = 10)]
        [DataType(DataType.Password)]
        [Display(Name = "Nieuw wachtwoord")]
        public string NewPassword { get; set; } = string.Empty;

        [Required]
        [Compare(nameof(NewPassword))]
        [DataType(DataType.Password)]
        [Display(Name = "Herhaal het nieuwe wachtwoord")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
