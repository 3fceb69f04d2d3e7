using System.ComponentModel.DataAnnotations;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Identity;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Account;

public sealed class InloggenModel(SignInManager<LeerwerkUser> signIn, UserManager<LeerwerkUser> users, InlogControle inlog) : PageModel
{
    public const string FailedMessage =
        "Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord. Na herhaalde mislukte pogingen kunt u een kwartier niet inloggen.";

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

        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var (uitkomst, user) = await inlog.LoginAsync(Input.UserName.Trim(), Input.Password, address, ct);
        if (uitkomst != InlogUitkomst.Gelukt || user is null)
        {
            ModelState.AddModelError(string.Empty, uitkomst switch
            {
                InlogUitkomst.Gedeactiveerd => "Dit account is gedeactiveerd. Vraag de beheerder van uw school om het weer te activeren.",
                InlogUitkomst.EenmaligWachtwoordGebruikt => "Dit eenmalige wachtwoord is al gebruikt. Vraag de beheerder van uw school om een nieuw wachtwoord.",

                // One answer for a wrong name, a wrong password, a locked account and a throttled address.
                _ => FailedMessage,
            });
            return Page();
        }

        if ((await users.GetClaimsAsync(user)).Any(c => c.Type == AccountBootstrapper.MustChangePasswordClaim))
        {
            return RedirectToPage("/Account/WachtwoordWijzigen");
        }

        // Without a page to return to, each role starts where it works: the mbo-partner on its shared students.
        if (Url.IsLocalUrl(returnUrl) && returnUrl != "/")
        {
            return LocalRedirect(returnUrl);
        }

        return LocalRedirect(Navigatie.StartPagina(await signIn.CreateUserPrincipalAsync(user)));
    }

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
