using System.ComponentModel.DataAnnotations;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Identity;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Account;

public sealed class InloggenModel(SignInManager<LeerwerkUser> signIn, UserManager<LeerwerkUser> users) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    /// <summary>The demo accounts, shown only while the demo school is loaded.</summary>
    public IReadOnlyList<DemoLogin> DemoLogins { get; private set; } = [];

    public async Task OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        DemoLogins = await DemoUsers.LoadedAsync(users);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = returnUrl;
        DemoLogins = await DemoUsers.LoadedAsync(users);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut && await IsDeactivatedAsync(Input.UserName.Trim()))
        {
            ModelState.AddModelError(string.Empty, "Dit account is gedeactiveerd. Vraag de beheerder van uw school om het weer te activeren.");
            return Page();
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty,
                $"Dit account is tijdelijk geblokkeerd na {LeerwerkIdentity.MaxFailedAttempts} mislukte pogingen. Probeer het over {LeerwerkIdentity.LockoutTime.TotalMinutes:0} minuten opnieuw.");
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "De gebruikersnaam of het wachtwoord klopt niet.");
            return Page();
        }

        var user = await users.FindByNameAsync(Input.UserName.Trim());
        if (user is not null && (await users.GetClaimsAsync(user)).Any(c => c.Type == AccountBootstrapper.MustChangePasswordClaim))
        {
            return RedirectToPage("/Account/WachtwoordWijzigen");
        }

        // Without a page to return to, each role starts where it works: the mbo-partner on its shared students.
        if (Url.IsLocalUrl(returnUrl) && returnUrl != "/")
        {
            return LocalRedirect(returnUrl);
        }

        return LocalRedirect(user is null ? "/" : Navigatie.StartPagina(await signIn.CreateUserPrincipalAsync(user)));
    }

    private async Task<bool> IsDeactivatedAsync(string userName) =>
        await users.FindByNameAsync(userName) is { } user && AccountBeheer.IsDeactivated(user);

    public sealed class LoginInput
    {
        [Required]
        [Display(Name = "Gebruikersnaam")]
        public string UserName { get; set; } = string.Empty;

        [Required]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord")]
        public string Password { get; set; } = string.Empty;
    }
}
