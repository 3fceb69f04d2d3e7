using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Account;

public sealed class UitloggenModel(SignInManager<LeerwerkUser> signIn) : PageModel
{
    // Logging out is a POST: a GET (a link preview, a mail scanner) must not end a session.
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Status"] = "U bent uitgelogd.";
        return RedirectToPage("/Account/Inloggen");
    }
}
