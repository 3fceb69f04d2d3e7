using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Account;

public sealed class UitloggenModel(SignInManager<LeerwerkUser> signIn, UserManager<LeerwerkUser> users) : PageModel
{
    // Logging out is a POST: a GET (a link preview, a mail scanner) must not end a session.
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends every session of the user, also a login cookie copied or saved before now.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        TempData["Status"] = "U bent uitgelogd.";
        return RedirectToPage("/Account/Inloggen");
    }
}
